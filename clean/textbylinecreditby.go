package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// creditByCut returns where, in names, the names a byline's label opens
// end before another maker's credit set after a separator: "By Jane Doe,
// Art by John Roe", "By Jane Doe; Graphics By John Roe", "By Jane Doe,
// Art and design by John Roe". The words between the last comma,
// semicolon, bar or slash and the credit's "by" (one to three, letters
// only) are that maker's label, never a writer's name; rest is what
// follows the names' match ("" where the caller holds the whole line
// as names). It returns -1 when no such credit follows
// (names as they are: "By Jane Doe and John Roe").
func creditByCut(names, rest string) int {
	by := -1
	if creditByNext(rest) {
		by = len(names) // "Jane Doe, Art" + " by John Roe"
	} else if i := innerBy(names); i > 0 {
		by = i // "Jane Doe, Art By John Roe": the capital "By" ran into the match
	}
	if by <= 0 {
		return -1
	}
	sep := strings.LastIndexAny(names[:by], ",;|/")
	if sep <= 0 || strings.TrimSpace(names[:sep]) == "" {
		return -1
	}
	if !creditLabelWords(names[sep+1 : by]) {
		return -1
	}
	return len(strings.TrimRight(names[:sep], " "))
}

// innerBy returns where " by ", in any case, first stands in s, or -1.
func innerBy(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if s[i] == ' ' && s[i+3] == ' ' && s[i+1]|0x20 == 'b' && s[i+2]|0x20 == 'y' {
			return i
		}
	}
	return -1
}

// creditByNext reports whether rest, what follows a byline's names, opens
// with "by" as a word ("by John Roe"), or with "and" or "&" and one word
// in lower case before it ("and design by John Roe"): the names' last
// words were another maker's label.
func creditByNext(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "& ") {
		_, after, _ := strings.Cut(rest, " ")
		word, tail, ok := strings.Cut(strings.TrimLeft(after, " "), " ")
		if !ok || word == "" || !startsLower(word) {
			return false
		}
		rest = strings.TrimLeft(tail, " ")
	}
	return hasFoldPrefix(rest, "by") && (len(rest) == 2 || rest[2] == ' ' || rest[2] == ':')
}

// creditLabelWords reports whether s is one to three words of letters
// (a hyphen or "&" allowed): a credit's label ("Art", "Maps and
// graphics"), not a list of names with digits or marks in it.
func creditLabelWords(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		n++
		if w == "&" {
			continue
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return false
			}
		}
	}
	if n < 1 || n > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsUpper(r)
}
