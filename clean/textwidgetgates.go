package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The certain tests below run before digitWidgetKind's patterns on a
// line that opens with a figure: each reads the bytes every match of its
// pattern opens with, so a line they turn down is one the pattern would
// not match, and the pattern is compiled and run only on lines that may.

// afterFigure returns t past its opening figure (its ASCII digits) and
// the whitespace after it (the \s of the patterns: space, tab, line
// feed, form feed, carriage return), and whether any whitespace followed
// the figure.
func afterFigure(t string) (rest string, spaced bool) {
	i := 0
	for i < len(t) && isDigitByte(t[i]) {
		i++
	}
	j := i
	for j < len(t) && isPatternSpace(t[j]) {
		j++
	}
	return t[j:], j > i
}

// isPatternSpace reports whether c is a byte a pattern's \s matches.
func isPatternSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// mayBeLiveCount reports whether t, which opens with a figure, may be a
// live blog's count of new posts (livePostCount): the figure, a space,
// then a word for "new" (new, neue, nouveaux, nuevas, nuovi, новые,
// yeni), so a word opening with n, y or Cyrillic н in either case.
func mayBeLiveCount(t string) bool {
	rest, spaced := afterFigure(t)
	if !spaced || rest == "" {
		return false
	}
	switch rest[0] {
	case 'n', 'N', 'y', 'Y':
		return true
	}
	return strings.HasPrefix(rest, "н") || strings.HasPrefix(rest, "Н")
}

// mayBeMinutesRead reports whether t, which opens with a figure, may be a
// reading time that opens with its minutes (readTimeLine's second form,
// "4 min read", "3 perc olvasás", "5 мин чтения"): the figure, then a
// word for minutes in either case.
func mayBeMinutesRead(t string) bool {
	rest, _ := afterFigure(t)
	if hasPrefixFoldASCII(rest, "min") || hasPrefixFoldASCII(rest, "perc") {
		return true
	}
	return len(rest) >= len("мин") && strings.EqualFold(rest[:len("мин")], "мин")
}

// mayBePagerRow reports whether t, which opens with a figure, may be a
// row of page numbers before its next link (pagerLine's second form,
// "1 2 3 4 Next »", "1 2 … 9 Weiter"): two figures at least, with only
// whitespace and an ellipsis between them, before the first other byte.
func mayBePagerRow(t string) bool {
	figures := 0
	for i := 0; i < len(t); {
		switch c := t[i]; {
		case isDigitByte(c):
			figures++
			for i < len(t) && isDigitByte(t[i]) {
				i++
			}
		case isPatternSpace(c):
			i++
		case strings.HasPrefix(t[i:], "…"):
			i += len("…")
		default:
			return figures >= 2
		}
	}
	return false // figures alone: the form ends in its next link's word
}

// opensWithAnyFold reports whether s opens with one of words in any case, as
// a pattern's (?i) reads case: rune by rune under simple case folding, so
// that "ſeite" opens with "seite" as the pattern reads it.
func opensWithAnyFold(s string, words []string) bool {
	for _, w := range words {
		if opensWithRunesFold(s, w) {
			return true
		}
	}
	return false
}

// opensWithRunesFold reports whether s opens with w in any case, rune by
// rune under simple case folding.
func opensWithRunesFold(s, w string) bool {
	for _, lr := range w {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || !sameFold(r, lr) {
			return false
		}
		s = s[n:]
	}
	return true
}

// sameFold reports whether r and l are one rune under simple case
// folding: equal, or in one case orbit (unicode.SimpleFold).
func sameFold(r, l rune) bool {
	if r == l {
		return true
	}
	for c := unicode.SimpleFold(l); c != l; c = unicode.SimpleFold(c) {
		if c == r {
			return true
		}
	}
	return false
}
