package clean

import (
	"strings"
	"unicode"
)

// brandPitchRule is the rule of the lines isBrandPitch reads.
const brandPitchRule = "model/text-brand-pitch"

// Limits, in words, of the lines isBrandPitch reads.
const (
	minBrandPitchWords = 3
	maxBrandPitchWords = 16
)

// maxBrandWords is the most words of a line whose letters, run together,
// may spell the site's name ("Easy LMS" on easy-lms.com).
const maxBrandWords = 3

// brandPitchVerbs are the first words, in lower case, of a pitch addressed
// to the reader: verbs of buying, trying, joining and getting in touch,
// and the promises of a product's pitch ("simplify", "boost", "protect").
// "Subscribe" is not among them: a podcast's or a newsletter's own call
// is a story's line at times, and the newsletter calls read it.
var brandPitchVerbs = map[string]bool{
	"get": true, "try": true, "start": true, "join": true, "discover": true, "explore": true, "see": true,
	"find": true, "book": true, "schedule": true, "contact": true, "call": true, "talk": true, "chat": true,
	"download": true, "save": true, "shop": true, "order": true, "buy": true, "request": true, "grow": true,
	"boost": true, "build": true, "create": true, "stop": true, "visit": true, "watch": true, "meet": true,
	"unlock": true, "claim": true, "grab": true, "experience": true, "elevate": true, "transform": true,
	"upgrade": true, "protect": true, "centralize": true, "centralise": true, "simplify": true,
	"streamline": true, "automate": true, "scale": true, "learn": true, "travel": true, "enjoy": true,
}

// isBrandPitch reports whether a line of w words is the site's pitch for
// itself: between minBrandPitchWords and maxBrandPitchWords words, opening
// with a verb addressed to the reader (brandPitchVerbs), naming the site
// (one to maxBrandWords words whose letters spell one of labels, the
// host's names as hostLabels gives them) and ending with "!" ("Centralize,
// simplify, and scale your training with Harbour LMS!", "Shop ferry
// tickets with ease – powered by Harbourline!"), with no colon (a
// heading's "Discover the Best Boats: Choose Your Harbourline Ferry
// Today!"). A story's line that names the site it stands on opens
// otherwise or ends with a full stop. On WCXB's train split, of the lines
// so shaped on articles none was gold (on other pages, a shop's "Contact
// a Harbourline Office Near You!" and the heading with a colon).
func isBrandPitch(s string, w int, labels []string) bool {
	if w < minBrandPitchWords || w > maxBrandPitchWords || len(labels) == 0 {
		return false
	}
	t := strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.So, r) })
	if !strings.HasSuffix(t, "!") || strings.IndexByte(t, ':') >= 0 {
		return false // a colon: a heading's "Discover the Best: Compare ..."
	}
	words := strings.Fields(trimLeadMarks(t, 3))
	if len(words) == 0 || !brandPitchVerbs[strings.ToLower(strings.TrimRight(words[0], ",:"))] {
		return false
	}
	return namesLabel(words[1:], labels)
}

// namesLabel reports whether one to maxBrandWords consecutive words of
// words, their letters and digits run together in lower case, spell one
// of labels (each of three letters or more).
func namesLabel(words []string, labels []string) bool {
	var b strings.Builder
	for i := range words {
		b.Reset()
		for j := i; j < len(words) && j < i+maxBrandWords; j++ {
			b.WriteString(squash(words[j]))
			for _, l := range labels {
				if len(l) >= 3 && b.String() == l {
					return true
				}
			}
		}
	}
	return false
}
