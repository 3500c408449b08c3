package clean

import (
	"strconv"
	"strings"
)

// minSentenceTailWords is the fewest words after a date's year that make
// the block holding it a sentence of the story's (storySentence).
const minSentenceTailWords = 6

// storySentence reports whether text, a short block near the headline
// with a date at byte pos in year, is a sentence of the story's ("On
// March 3, 2025, residents packed the hall to hear the plans.") rather
// than the page's date line: it does not open with its date, no label
// names the date the page's, and after the year it goes on, to the end of
// a sentence, for minSentenceTailWords words or more without a digit. A
// date line's tail is a time ("By Jane Doe on Monday, March 3rd, 2025 at
// 11:04 a.m."), a note after a date that opens the line ("2019-02-23,
// 09:14 PM (This post was last modified: ...)"), or follows a label
// ("Published on March 3, 2025 and filed under the council's news").
// The date a story's sentence names is the news's, not the page's.
func storySentence(text string, pos, year int) bool {
	if pos <= 0 || pos >= len(text) || !endsSentence(text) {
		return false
	}
	y := strings.Index(text[pos:], strconv.Itoa(year))
	if y < 0 {
		return false
	}
	tail := text[pos+y+4:]
	return wordCount(tail) >= minSentenceTailWords && !digitByteIn(tail) && !dateLabel().MatchString(text)
}
