package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerCount returns how many times texts write w as a lower-case word of
// a field lowerWords.add reads (no address or handle), counting no
// further than most: what the set of all the words (lowerWordsOf) holds
// for w, read by a byte search for w and a word walk of the fields it
// is found in. A w that holds a rune words are split at is no word.
func lowerCount(texts []string, w string, most int) int {
	if w == "" || strings.IndexFunc(w, notWordRune) >= 0 {
		return 0
	}
	n := 0
	for _, t := range texts {
		for lo := 0; lo < len(t); {
			k := strings.Index(t[lo:], w)
			if k < 0 {
				break
			}
			k += lo
			// the field around t[k]: back to a space, but not before lo
			// (t[lo] opens a field or is a space), and on to one
			fs := k
			for fs > lo {
				r, size := utf8.DecodeLastRuneInString(t[lo:fs])
				if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
					break
				}
				fs -= size
			}
			fe := fieldEnd(t, k)
			if field := t[fs:fe]; !addressField(field) {
				if n += lowerWordCount(field, w); n >= most {
					return n
				}
			}
			lo = fe
		}
	}
	return n
}

// lowerWordCount returns how many of the words of field (as addWords cuts
// them) are w, written in lower case.
func lowerWordCount(field, w string) int {
	n := 0
	for x := range lowerCaseWords(field) {
		if x == w {
			n++
		}
	}
	return n
}
