package wcxb

import (
	"slices"
	"strings"
	"unicode"
)

// The page head: how an extracted title, publish date and author are judged
// against the gold. The benchmark itself scores only the main content; these
// rules are the project's (issue 8), kept here so every report uses the same.

// NormTitle is a title reduced for comparison: lower-cased, punctuation and
// symbols dropped (so "U.S." is "us" and "Biden’s" is "bidens"), every
// other run of non-word runes one space, trimmed.
func NormTitle(s string) string {
	var b strings.Builder
	space := false
	for _, r := range Lower(s) {
		switch {
		case IsWordRune(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r):
		default:
			space = true
		}
	}
	return b.String()
}

// SameTitle reports whether an extracted title equals the gold one after
// [NormTitle]; an empty gold title matches nothing.
func SameTitle(got, gold string) bool {
	g := NormTitle(gold)
	return g != "" && NormTitle(got) == g
}

// SameDay reports whether the extracted date got (ISO 8601, any precision
// from the day down: "2025-09-04", "2025-09-04T10:00:00+02:00") falls on the
// gold day "YYYY-MM-DD". A gold date without a day matches nothing.
func SameDay(got, gold string) bool {
	if !isDay(gold) || len(got) < 10 {
		return false
	}
	return got[:10] == gold
}

// HasDay reports whether a gold date gives a day: "YYYY-MM-DD".
func HasDay(gold string) bool { return isDay(gold) }

// isDay reports whether s is a date to the day, YYYY-MM-DD.
func isDay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := range len(s) {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// Names splits an author string into names: on commas, semicolons, "&",
// "|", "/" and the word "and"; each name reduced by [NormTitle] with a
// leading "by" dropped; empty names left out. "By Chen Zhao and Daryl
// Fairweather" gives ["chen zhao", "daryl fairweather"]; credentials after
// a comma become names of their own ("Dylan Bailey, MS, RD").
func Names(s string) []string {
	var names []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == '&' || r == '|' || r == '/' || r == '\n'
	}) {
		for _, name := range strings.Split(" "+NormTitle(part)+" ", " and ") {
			name = strings.TrimSpace(name)
			name = strings.TrimSpace(strings.TrimPrefix(name+" ", "by "))
			if name != "" {
				names = append(names, name)
			}
		}
	}
	return names
}

// SameAuthor reports whether the extracted authors got (each entry may
// itself list several names, as go-trafilatura's "A; B" does) have the gold
// author right: the gold's first name is among the extracted names, and the
// first extracted name is among the gold's. A second author missed, or a
// credential ("MS, RD") left out or kept, does not count against it; an
// invented or wrong lead author does.
func SameAuthor(got []string, gold string) bool {
	g := Names(gold)
	var p []string
	for _, s := range got {
		p = append(p, Names(s)...)
	}
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	return slices.Contains(p, g[0]) && slices.Contains(g, p[0])
}
