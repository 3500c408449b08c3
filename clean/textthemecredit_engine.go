package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// poweredEngine reports whether part, one part of a line isThemeCredit
// reads, credits an engine themeEngineWord does not list by the shape of
// its name: "Powered by" (or "Proudly powered by") and then a product by
// its maker ("Newspack by Automattic"), a name of one or two words with
// a capital inside a word or a dot inside it ("GeneratePress",
// "Harbour.blog"), or one capitalised word that is no plural ("Hugo",
// "Substack"). A subheading's "Powered by Volunteers" names a group of
// people in the plural, and "Powered by Local Volunteers" two plain
// words: neither is an engine's name.
func poweredEngine(part string) bool {
	name, ok := cutPoweredBy(part)
	if !ok {
		return false
	}
	if product, maker, ok := strings.Cut(name, " by "); ok {
		return engineNameWords(product, 2) > 0 && engineNameWords(maker, 2) > 0
	}
	words := strings.Fields(name)
	if engineNameWords(name, 2) == 0 {
		return false
	}
	for _, w := range words {
		if innerMark(w) {
			return true
		}
	}
	return len(words) == 1 && !strings.HasSuffix(words[0], "s")
}

// cutPoweredBy returns what follows a part's "Powered by" or "Proudly
// powered by", compared without case, and whether the part opens so.
func cutPoweredBy(part string) (string, bool) {
	for _, o := range [...]string{"proudly powered by ", "powered by "} {
		if len(part) > len(o) && strings.EqualFold(part[:len(o)], o) {
			return strings.TrimSpace(part[len(o):]), true
		}
	}
	return "", false
}

// engineNameWords returns how many words s holds when it is one to most
// words that each open with a capital, and 0 otherwise.
func engineNameWords(s string, most int) int {
	if !fieldsAtMost(s, most) {
		return 0
	}
	n := 0
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return 0
		}
		n++
	}
	return n
}

// innerMark reports whether word w holds a capital or a dot past its
// first byte and before its last: a product's name ("WordPress",
// "Harbour.blog"), not a word of a sentence.
func innerMark(w string) bool {
	for i := 1; i < len(w)-1; i++ {
		if c := w[i]; c == '.' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}
