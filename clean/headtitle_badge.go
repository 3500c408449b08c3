package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// A headline's element often holds more than the headline: a kicker or a
// label set in a span of its own ("<span class=kicker>Exclusive</span>"),
// a status badge after it ("<span class=badge>Updated</span>"), a paywall
// mark. withoutBadges takes such a part off the headline's text when the
// element marks it by its class and it opens or closes the text. (A
// subtitle set inside the headline's element stays: the gold titles keep
// it as often as not.)

// badgeWords mark an element inside a headline as a label, not the
// headline's words.
var badgeWords = map[string]bool{
	"badge": true, "label": true, "pill": true, "flag": true, "tag": true, "premium": true, "paywall": true,
	"plus": true, "sponsored": true, "status": true,
}

// headBylineWords mark an element inside a headline as the story's byline
// ("<small class=byline>by Anna Field</small>"): it comes off the
// headline's end, up to maxHeadByline.
var headBylineWords = map[string]bool{"byline": true, "author": true}

// sectionClassWords mark an element opening a headline as the story's
// section ("<span class=rubric>Politics</span>"): it comes off the
// headline's start when it holds a section's name, up to maxSectionWords.
var sectionClassWords = map[string]bool{
	"rubric": true, "rubrika": true, "category": true, "section": true, "topic": true,
}

// maxBadgeWords bounds a label's length: longer parts are the headline's.
// A part marked as a kicker ([kickerWords]) may run to maxKickerWords
// before the headline.
const (
	maxBadgeWords   = 3
	maxKickerWords  = 8
	maxHeadByline   = 6
	maxSectionWords = 2
)

// maxPartBytes is about how much of a part's text withoutBadges reads
// ([nodeText]): the one text is both judged ([partLimits]) and cut.
const maxPartBytes = 600

// withoutBadges returns text, the visible text of heading element n,
// without a marked label ([badgeWords]) of at most three words that
// opens or closes it, or a kicker that opens it ([partLimits]); the rest
// must keep three words. Only the first two levels under n are read. A
// reading time stays when one of meta, the page's metadata titles, holds
// the headline's text with it ([metaHolds]): themes never print their
// reading time in the metadata, so there it is the headline's own words
// ("Schüler bekommen täglich <span>20 Minuten Lesezeit</span>").
func withoutBadges(n *html.Node, text string, meta ...string) string {
	if n == nil {
		return text
	}
	out := text
	var keys []string // meta squashed, once a reading time asks
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if k.Type != html.ElementNode {
				continue
			}
			b := nodeText(k, maxPartBytes)
			if before, after, readTime := partLimits(k, b); before > 0 || after > 0 {
				if b != "" {
					rest, n := out, wordCount(b)
					if n <= before && strings.HasPrefix(out, b) {
						rest = strings.TrimSpace(out[len(b):])
					} else if n <= after && strings.HasSuffix(out, b) && (k.Data != "sup" || strings.HasSuffix(out[:len(out)-len(b)], " ")) {
						rest = strings.TrimSpace(out[:len(out)-len(b)])
						if readTime && len(meta) > 0 {
							if keys == nil {
								keys = squashAll(meta)
							}
							if metaHolds(keys, out) {
								rest = out
							}
						}
					}
					if wordCount(rest) >= 3 {
						out = rest
					}
				}
				continue
			}
			if depth < 1 {
				walk(k, depth+1)
			}
		}
	}
	walk(n, 0)
	return out
}

// squashAll returns each of ts squashed ([squash]), in a slice that is
// never nil.
func squashAll(ts []string) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, squash(t))
	}
	return out
}

// metaHolds reports whether one of keys, the page's metadata titles
// squashed, holds s, letters and digits alone compared.
func metaHolds(keys []string, s string) bool {
	k := squash(s)
	if k == "" {
		return false
	}
	for _, m := range keys {
		if strings.Contains(m, k) {
			return true
		}
	}
	return false
}

// partLimits returns how many words part n of a headline's element, whose
// text is t, may hold to come off the headline's text, opening it and
// closing it: a label ([badgeWords]) either way, a kicker
// ([kickerWords]) before, a section's name ([sectionClassWords]) before, a
// byline ([headBylineWords]) after, a count of comments after
// ([headCount]), a reading time after ([headReadTime]), a <sup> mark of letters after
// ("<sup>Featured</sup>": [supMark]), a label for screen readers alone
// either way ([readerOnly]); 0, 0 for an unmarked element. Class
// words are split at every non-letter ("post-badge", "label_premium").
// readTime reports that n holds a reading time.
func partLimits(n *html.Node, t string) (before, after int, readTime bool) {
	if n.Data == "sup" && supMark(n) {
		after = 1
	}
	if readerOnly(n) {
		before, after = maxReaderOnlyWords, maxReaderOnlyWords
	}
	if headCount(n) {
		after = max(after, 1)
	}
	if headReadTime(n, t) {
		after, readTime = max(after, maxReadTimeWords), true
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return r < 'a' || r > 'z' }) {
			if badgeWords[w] {
				before, after = max(before, maxBadgeWords), max(after, maxBadgeWords)
			}
			if slices.Contains(kickerWords, w) {
				before = maxKickerWords
			}
			if sectionClassWords[w] {
				before = max(before, maxSectionWords)
			}
			if headBylineWords[w] {
				after = max(after, maxHeadByline)
			}
		}
	}
	return before, after, readTime
}

// supMark reports whether superscript n holds a mark set after a headline,
// a word of three letters or more ("Featured", "New"), not a footnote's
// number or a unit's power ("m<sup>2</sup>"); withoutBadges takes it off
// only as a word of its own, never glued to the last ("XIX<sup>ème</sup>").
func supMark(n *html.Node) bool {
	t := nodeText(n, 40)
	return utf8.RuneCountInString(t) >= 3 && !strings.ContainsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
}
