package extract

import (
	"strings"
	"unicode"
)

// capsNames writes each name printed in capitals alone ("MARA QUILL", as
// wires and some bylines print them) as a name is written, each word's
// first letter alone in capital ("Mara Quill"), and parts one that joins
// two people by "AND" or "&" ("MARA QUILL AND TOMAS REED"), each part
// then a person's name; other names are kept as they are. A name of one
// word in capitals is left alone, and so is a name with an acronym in
// it ("BBC", "NVIDIA GTC").
func capsNames(names []string) []string {
	var out []string
	for _, n := range names {
		if !allCaps(n) || !strings.Contains(strings.TrimSpace(n), " ") || acronymIn(n) {
			out = append(out, n)
			continue
		}
		parts := []string{n}
		for _, sep := range []string{" AND ", " & "} {
			var next []string
			for _, p := range parts {
				next = append(next, strings.Split(p, sep)...)
			}
			parts = next
		}
		ok := len(parts) > 1
		for _, p := range parts {
			ok = ok && cleanPersonName(titleCase(p))
		}
		if !ok {
			parts = []string{n}
		}
		for _, p := range parts {
			out = append(out, nameCase(p))
		}
	}
	return out
}

// allCaps reports whether s has two letters or more and none in lower
// case.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// nameCase writes a name in capitals as a name is written: a capital at
// the start of each word and after a hyphen or an apostrophe ("JEAN-LUC
// O'NEILL" gives "Jean-Luc O'Neill"), the other letters in lower case.
func nameCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for _, r := range strings.Join(strings.Fields(s), " ") {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == ' ' || r == '-' || r == '\'' || r == '’'
	}
	return b.String()
}

// capsPerson reports whether a name in capitals is a person's: two or
// three words, a person's shape once written as a name, and no word no
// person's name has ("MARA QUILL", not "COMPANY TYPE").
func capsPerson(n string) bool {
	w := len(strings.Fields(n))
	return w >= 2 && w <= 3 && cleanPersonName(nameCase(n)) && !cleanNotPersonWords(nameCase(n))
}

// acronymIn reports whether a word of s, of two letters or more, has no
// vowel: an acronym's ("GTC", "BBC").
func acronymIn(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(w) >= 2 && !strings.ContainsAny(w, "AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ") {
			return true
		}
	}
	return false
}
