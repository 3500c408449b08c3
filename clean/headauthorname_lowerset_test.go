package clean

import (
	"maps"
	"math/rand/v2"
	"strings"
	"testing"
)

// lowerSetByFields is the set of lower-case words lowerWords.add counts,
// made the plain way: fields, then words, then strings.ToLower.
func lowerSetByFields(texts []string) map[string]int {
	set := map[string]int{}
	for _, t := range texts {
		for _, field := range strings.Fields(t) {
			if strings.Contains(field, "@") || strings.Contains(field, "://") || strings.HasPrefix(field, "www.") {
				continue
			}
			for _, f := range strings.FieldsFunc(field, notWordRune) {
				if f == strings.ToLower(f) {
					set[f]++
				}
			}
		}
	}
	return set
}

// TestLowerWordsAdd: the one-pass count of a page's lower-case words is
// the count by fields and words, on text mixing cases, scripts, odd
// spaces, addresses, handles, apostrophes, hyphens and invalid bytes.
func TestLowerWordsAdd(t *testing.T) {
	pieces := []string{"the", "The", " ", "  ", "\t", "\u00a0", "\u0085", "\u2009", "jane@doe.com", "https://x.org/a", "www.site.org", "don't", "don’t",
		"well-known", "Éclair", "éclair", "straße", "İstanbul", "ıi", "ǅ", "ǆ", "Ⅻ", "ⅻ", "K", "ſ", "москва", "Москва", "日本", "٣", "12", "a1", "\xff", "\xe2\x80", ",", ".", "—", "(", "\ufffd", "_x"}
	rng := rand.New(rand.NewPCG(7, 7))
	for range 2000 {
		texts := make([]string, 1+rng.IntN(3))
		for k := range texts {
			var b strings.Builder
			for range rng.IntN(12) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			texts[k] = b.String()
		}
		lw := lowerWords{set: map[string]int{}}
		for _, s := range texts {
			lw.add(s)
		}
		if want := lowerSetByFields(texts); !maps.Equal(lw.set, want) {
			t.Fatalf("texts %q: add counted %v, fields give %v", texts, lw.set, want)
		}
	}
}
