package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelLine reports whether line s is a label's line that no headline is,
// for the text head's candidates ([notTextHeadline]): a credit
// ([creditLabelLine]: "Edited by: Jane Doe", "Published by: अमित वर्मा"),
// a photographer's credit ([photoLabelLine]: "Kuvat: Mikko Laine"),
// a byline of a script without capitals after its label
// ([worldLabelledNames]: "रिपोर्ट: सुनील वर्मा") or a labelled publish
// date after a teaser's call ("Read more - Published 4 March 2025":
// [labelledDate]; a labelled date alone is the date readers', and a
// byline with its date, "Started by Jane Doe, June 4, 2024", the author
// readers'). Such lines stand among a headline's byline and
// date lines, and are headline-shaped: short, no sentence's end.
func labelLine(s string) bool {
	s = strings.TrimSpace(s)
	if creditLabelLine(s) || worldLabelledNames(s) || photoLabelLine(s) {
		return true
	}
	if !digitByteIn(s) || wordCount(s) > maxLabelLineWords {
		return false
	}
	for _, sep := range calledDateSeps {
		if i := strings.Index(s, sep); i > 0 && i <= maxCallBytes {
			_, ok := labelledDate(s[i+len(sep):])
			return ok // "Read more - Published 4 March 2025"
		}
	}
	return false
}

// calledDateSeps set a teaser's call off the labelled date after it
// ("Read more - Published 4 March 2025", "Leer más | Publicado el ...").
var calledDateSeps = []string{" - ", " – ", " — ", " | ", " · ", " • "}

// maxCallBytes is the longest call, in bytes, before a labelled date's
// separator ("Continue reading this story").
const maxCallBytes = 40

// maxLabelLineWords is the most words of a line labelLine reads for a
// labelled date: a call, the label and a date with its time.
const maxLabelLineWords = 14

// creditLabelLine reports whether s is a credit's label, a colon and the
// credited name: the label one to four words that end with "by" ("Edited
// by:", "Fact checked by:", "Published By:"), the name one to
// maxCreditNameWords words that end no sentence. A headline with a colon
// puts no "by" right before it ("Edited by robots: how newsrooms
// changed").
func creditLabelLine(s string) bool {
	c := strings.IndexByte(s, ':')
	if c < 2 || c > maxCreditLabelBytes {
		return false
	}
	label := strings.TrimRight(s[:c], " \t")
	if len(label) < 2 || lowerASCII(label[len(label)-2]) != 'b' || lowerASCII(label[len(label)-1]) != 'y' {
		return false
	}
	if wordCount(label) > 4 || len(label) > 2 && label[len(label)-3] != ' ' {
		return false // "by" a word of its own ("Standby:" is none)
	}
	name := strings.TrimSpace(s[c+1:])
	n := wordCount(name)
	return n >= 1 && n <= maxCreditNameWords && !endsSentence(name)
}

// maxCreditLabelBytes is the longest label, in bytes, before a credit's
// colon ("Medically fact checked by").
const maxCreditLabelBytes = 32

// maxCreditNameWords is the most words of the names after a credit's
// label ("Jane Doe and John Roe | Agency").
const maxCreditNameWords = 8

// deskPlaceLine reports whether s is a newsroom's desk credit with the
// place or outlet after a comma ("News Desk, Lucknow", "न्यूज डेस्क, अमर
// नगर"), as a portal prints it under its headline: the part before the
// first comma at most maxNameWords words ending with a desk's word
// ([deskWords]), at most maxDeskPlaceWords words in all. titleAbove reads
// it as it reads an author's name ([nameLike]).
func deskPlaceLine(s string) bool {
	head, _, ok := strings.Cut(strings.TrimSpace(s), ",")
	if !ok || wordCount(head) > maxNameWords || wordCount(s) > maxDeskPlaceWords {
		return false
	}
	fs := strings.Fields(head)
	if len(fs) == 0 {
		return false
	}
	last := fs[len(fs)-1]
	for _, w := range deskWords {
		if strings.EqualFold(last, w) {
			return true
		}
	}
	return false
}

// deskWords are the word "desk" as bylines print it, in English and in
// the Devanagari, Bengali and Urdu spellings of Indian portals.
var deskWords = []string{"desk", "डेस्क", "ডেস্ক", "ڈیسک"}

// maxDeskPlaceWords is the most words of a desk's credit with its place.
const maxDeskPlaceWords = 8

// worldLabelledNames reports whether s, a line that opens with a letter
// of a script without capitals and holds a colon, is a byline the world byline reader reads names
// from ([worldBylineNames]: "रिपोर्ट: सुनील वर्मा, एडिटेड बाय: अनुज
// सिंह"): in a script without capitals such a line is as short and as
// plain as a headline.
func worldLabelledNames(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf || strings.IndexByte(s, ':') < 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) || unicode.IsLower(r) {
		return false // a cased script's label: the byline readers' ("Автор: Ирина Волкова")
	}
	return len(worldBylineNames(s)) > 0
}
