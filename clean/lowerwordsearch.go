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
	start, lower := -1, true // the word under way starts at start (-1: none)
	for k := 0; k < len(field); {
		r, size := rune(field[k]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(field[k:])
		}
		if r < utf8.RuneSelf && !asciiWordByte[r] || r >= utf8.RuneSelf && notWordRune(r) {
			if start >= 0 && lower && field[start:k] == w {
				n++
			}
			start = -1
		} else {
			if start < 0 {
				start, lower = k, true
			}
			lower = lower && (r >= utf8.RuneSelf && unicode.ToLower(r) == r || r < utf8.RuneSelf && !('A' <= r && r <= 'Z'))
		}
		k += size
	}
	if start >= 0 && lower && field[start:] == w {
		n++
	}
	return n
}
