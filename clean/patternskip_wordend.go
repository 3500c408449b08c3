package clean

import (
	"regexp"
	"unicode"
	"unicode/utf8"
)

// wordEndExpr ends an expression where its last word must end: the next
// rune is no letter, digit or underscore, or the text ends. Under (?i) the
// parser folds the class's \pL tables and sorts them in with \pN's, about
// a third of the date label's compile.
const wordEndExpr = `(?:[^\pL\pN_]|$)`

// looseWordEndExpr stands for wordEndExpr in a pattern's loose form: any
// rune but a letter (unfolded: one sorted table, cheap to parse), caught in
// a group for wordEndRune to judge. It takes every rune wordEndExpr takes.
const looseWordEndExpr = `(?:((?-i:\PL))|$)`

// foldLetters are the runes outside \pL that (?i)\pL takes, as they fold
// to a letter (in the tables of today: U+0345, the Greek iota subscript).
var foldLetters = unicode.FoldCategory["L"]

// wordEndRune reports whether the rune that opens s is one wordEndExpr
// takes under (?i): no letter (nor a rune folding to one), no digit, no
// underscore. An invalid byte reads as U+FFFD, as the regexp reads it.
func wordEndRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if r < utf8.RuneSelf {
		return !isWordByte(byte(r))
	}
	return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(foldLetters, r)
}

// findWordEnd returns the end of a match of the exact regexp in s, or -1
// for none, asking the loose one first: where the loose one finds nothing
// the exact one finds nothing (it takes less), and where the loose one's
// match ends on a rune wordEndRune takes (or at the text's end) that match
// is one of the exact regexp's too. Only a match that ends on a digit, an
// underscore or a folding mark leaves the answer to the exact regexp, so a
// process that never meets one never compiles it.
func findWordEnd(loose, exact func() *regexp.Regexp, s string) int {
	m := loose().FindStringSubmatchIndex(s)
	if m == nil {
		return -1
	}
	if m[2] < 0 || wordEndRune(s[m[2]:m[3]]) {
		return m[1]
	}
	if loc := exact().FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return -1
}
