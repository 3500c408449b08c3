package clean

import (
	"strings"
	"unicode"
)

// greekArticles are the articles that open a Greek byline, the name after
// them in the genitive: "Του" (of him), "Της" (of her).
var greekArticles = [...]string{"Του ", "Της "}

// greekArticleByline returns the name of a line that is a Greek byline and
// nothing else: an article of [greekArticles], then two or three words of
// Greek letters alone, each opening with a capital ("Της Ελένης
// Μαυρίδου", "Του Γιώργου Παπαδόπουλου"); the name is kept as printed, in
// the genitive. "" for any other line: a heading with a lower-case word
// ("Της Ελλάδας οι πόλεις") or a longer one.
func greekArticleByline(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 12 || s[0] != 0xce { // "Τ" is CE A4
		return ""
	}
	for _, a := range greekArticles {
		rest, ok := strings.CutPrefix(s, a)
		if !ok {
			continue
		}
		words := strings.Fields(rest)
		if len(words) < 2 || len(words) > 3 {
			return ""
		}
		for _, w := range words {
			for k, r := range []rune(w) {
				if !unicode.Is(unicode.Greek, r) || !unicode.IsLetter(r) || k == 0 && !unicode.IsUpper(r) || k > 0 && unicode.IsUpper(r) {
					return ""
				}
			}
		}
		return strings.Join(words, " ")
	}
	return ""
}
