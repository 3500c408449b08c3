package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// updateWordCases holds every one of updateWords as pages print it: in
// lower case, opening with a capital and in capitals ("updat", "Updat",
// "UPDAT"; "обновл", "Обновл", "ОБНОВЛ"). Built on first use.
var updateWordCases = sync.OnceValue(func() *literalSet {
	var lits []string
	for _, w := range updateWords {
		lits = append(lits, printedCases(w)...)
	}
	return newLiteralSet(lits...)
})

// printedCases returns a word written in lower case as pages print it: as
// it is, with a capital first, and in capitals ("updat", "Updat",
// "UPDAT").
func printedCases(w string) []string {
	r, n := utf8.DecodeRuneInString(w)
	return []string{w, string(unicode.ToUpper(r)) + w[n:], strings.ToUpper(w)}
}

// mayNameUpdate reports whether line holds one of updateWords in one of
// the cases of updateWordCases: one pass over the line's bytes that skips
// most of them, where isUpdate lowers the line and searches it once a
// word. It answers for a word printed in mixed case ("uPDATED") no, where
// isUpdate says yes: no page prints one so.
func mayNameUpdate(line string) bool {
	return updateWordCases().holdsAny(line)
}

// isUpdateLine is isUpdate behind mayNameUpdate, for package extract,
// which asks it of every short line of a flattened page (namesUpdate).
func isUpdateLine(line string) bool {
	return mayNameUpdate(line) && isUpdate(line)
}
