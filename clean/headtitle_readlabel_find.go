package clean

import (
	"unicode"
	"unicode/utf8"
)

// readTimeUnits are the units of the English count form of a reading time
// ("5 min read", "12 minutes read", "3m read"), each but "m" optionally
// with a full stop ("4 min. read").
var readTimeUnits = [...]string{"minutes", "minute", "mins", "min", "m"}

// holdsReadTime reports whether line s gives a reading time anywhere in
// it: one of [readTimeLabels] as whole words, in either case, its spaces
// any run of white space ("Reading time: 4 min", "Lesezeit 3 Min.",
// "Время чтения"), or the English count form: a count standing as its own
// number, a unit of [readTimeUnits], then "read" as a word ("5 min read").
// One pass reads the line; a label is tried only where a word starts with
// its first letter, the count form only where a number starts.
func holdsReadTime(s string) bool {
	prevWord, prevASCIIWord := false, false // what the rune before i is
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			word := asciiWord[c] || c == '_'
			if !prevASCIIWord && '0' <= c && c <= '9' && countReadAt(s, i) {
				return true
			}
			if !prevWord && word && readLabelFirst[lowerASCII(c)] && readLabelAt(s, i) {
				return true
			}
			prevWord, prevASCIIWord = word, word
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !prevWord && word && readLabelAt(s, i) {
			return true
		}
		prevWord, prevASCIIWord = word, false
		i += n
	}
	return false
}

// readLabelFirst marks the ASCII bytes, lower-cased, that open one of
// [readTimeLabels].
var readLabelFirst = func() (t [utf8.RuneSelf]bool) {
	for _, w := range readTimeLabels {
		if w[0] < utf8.RuneSelf {
			t[w[0]] = true
		}
	}
	return t
}()

// readLabelAt reports whether one of [readTimeLabels] starts at s[i], in
// either case, its spaces any run of white space, and ends a word: no
// letter, digit or underscore follows.
func readLabelAt(s string, i int) bool {
	for _, w := range readTimeLabels {
		end := foldLabelEnd(s[i:], w)
		if end < 0 {
			continue
		}
		if rest := s[i+end:]; rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			if r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		return true
	}
	return false
}

// foldLabelEnd returns the length of the prefix of s that reads as label
// w (lower case): each of its letters in either case (as a case-blind
// regexp folds them, unicode.SimpleFold), each space one or more white
// spaces (\s), or -1.
func foldLabelEnd(s, w string) int {
	i := 0
	for _, lr := range w {
		if i >= len(s) {
			return -1
		}
		if lr == ' ' {
			if !isRegexpSpace(s[i]) {
				return -1
			}
			for i < len(s) && isRegexpSpace(s[i]) {
				i++
			}
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		} else if lr < utf8.RuneSelf && lowerASCII(byte(r)) == byte(lr) {
			i++
			continue
		}
		if !foldsTo(r, lr) {
			return -1
		}
		i += n
	}
	return i
}

// countReadAt reports whether the English count form of a reading time
// starts at s[i], the first digit of a number ([countReadEnd]).
func countReadAt(s string, i int) bool {
	return countReadEnd(s, i) >= 0
}

// countReadEnd returns where the English count form of a reading time
// that starts at s[i], the first digit of a number, ends: the digits,
// optional white space, a unit of [readTimeUnits] (a full stop may follow
// any but "m"), white space, then "read" with no letter, digit or
// underscore of ASCII after it; -1 when none starts there.
func countReadEnd(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	for i < len(s) && isRegexpSpace(s[i]) {
		i++
	}
	for _, u := range readTimeUnits {
		n := prefixFoldLen(s[i:], u)
		if n < 0 {
			continue
		}
		e := i + n
		if u != "m" && e < len(s) && s[e] == '.' {
			e++
		}
		if end := readWordEnd(s, e); end >= 0 {
			return end
		}
	}
	return -1
}

// readWordEnd returns where "read" ends when s[e:] opens with white space,
// then "read" in either case, then no ASCII letter, digit or underscore;
// -1 otherwise.
func readWordEnd(s string, e int) int {
	if e >= len(s) || !isRegexpSpace(s[e]) {
		return -1
	}
	for e < len(s) && isRegexpSpace(s[e]) {
		e++
	}
	n := prefixFoldLen(s[e:], "read")
	if n < 0 {
		return -1
	}
	e += n
	if e == len(s) {
		return e
	}
	if c := s[e]; c < utf8.RuneSelf && (asciiWord[c] || c == '_') {
		return -1
	}
	return e
}
