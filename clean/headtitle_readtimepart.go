package clean

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// Blog and magazine themes print the story's reading time inside its
// headline's element, after the headline, in an element of its own ("<h1>Foo
// <span class=rt>4 min read</span></h1>", "<small>Lesezeit: 3 Min.</small>"),
// often with no space before it, so the headline's text ends "Foo4 min
// read". headReadTime finds such an element for [partLimits], which lets
// it come off the headline's end.

// maxReadTimeWords bounds a reading time's words ("Reading time: 12
// minutes").
const maxReadTimeWords = 5

// readTimeTags are the elements a reading time is set in: never emphasis
// or a link, which set the headline's own words ("Why a <em>5 min
// read</em> wins").
var readTimeTags = map[string]bool{"span": true, "small": true, "div": true, "p": true, "time": true}

// headReadTime reports whether n, an element inside a headline's element,
// whose text is t (all of it that [withoutBadges] would cut, not a shorter
// cut of it that a template's white space may end before the rest of its
// words), holds a reading time and nothing else: at most
// [maxReadTimeWords] words that [wholeReadTime] reads as one.
func headReadTime(n *html.Node, t string) bool {
	if !readTimeTags[n.Data] {
		return false
	}
	return t != "" && wordCount(t) <= maxReadTimeWords && wholeReadTime(t)
}

// wholeReadTime reports whether s is a whole reading time, marks around it
// aside ("(4 min read)", "· Lesezeit: 3 Min."): a label with its count
// after it ([labelledReadTime]: "Reading time: 4 min"), or the English
// count form that ends s ([countReadEnd]: "12 minutes read"), or the count
// before another language's reading word ([countThenReadingWord]: "3 Min.
// Lesezeit"). A label with
// no count ("an extra hour of <span>reading time</span>", "die
// <span>Lesezeit</span>") and the count form inside more words ("<span>worth
// a 20 min read</span>") are a headline's own words.
func wholeReadTime(s string) bool {
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if s == "" {
		return false
	}
	return labelledReadTime(s) || '0' <= s[0] && s[0] <= '9' && (countReadEnd(s, 0) == len(s) || countThenReadingWord(s))
}

// countThenReadingWord reports whether s is a reading time printed count
// first with its reading word in another language than English ("3 Min.
// Lesezeit", "5 min de lecture", "4 minuti di lettura", "5 минут
// чтения"): a count and its unit ([readMinutes]), apart or glued ("5min
// de lecture"), then one of [readingWords], a little word ([readingOf])
// between them or not, and nothing more.
func countThenReadingWord(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 {
		return false
	}
	n, unit, rest := w[0], w[1], w[2:]
	if d := leadingDigits(w[0]); d > 0 && d < len(w[0]) {
		n, unit, rest = w[0][:d], w[0][d:], w[1:] // "5min"
	}
	if !readMinutes(n, unit) {
		return false
	}
	switch len(rest) {
	case 1:
		return readingWords[strings.ToLower(rest[0])]
	case 2:
		return readingOf[strings.ToLower(rest[0])] && readingWords[strings.ToLower(rest[1])]
	}
	return false
}
