package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLowerCountMatchesSet: the search for one word (lowerCount) gives
// what the set of all the page's words holds for it, for words of the
// page, words written in capitals, pieces of words, addresses' words and
// words with a splitting rune, on text mixing cases, scripts, odd spaces,
// addresses, apostrophes, hyphens and invalid bytes.
func TestLowerCountMatchesSet(t *testing.T) {
	pieces := []string{"the", "The", "he", " ", "  ", "\t", "\u00a0", "\u0085", "\u2009", "jane@doe.com", "https://x.org/a", "www.site.org", "don't", "don’t",
		"well-known", "Éclair", "éclair", "straße", "İstanbul", "ıi", "ǅ", "ǆ", "Ⅻ", "ⅻ", "K", "ſ", "москва", "Москва", "日本", "٣", "12", "a1", "\xff", "\xe2\x80", ",", ".", "—", "(", "\ufffd", "_x"}
	rng := rand.New(rand.NewPCG(3, 9))
	found := 0
	for range 3000 {
		texts := make([]string, 1+rng.IntN(3))
		for k := range texts {
			var b strings.Builder
			for range rng.IntN(14) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			texts[k] = b.String()
		}
		set := lowerWordsOf(texts)
		words := []string{pieces[rng.IntN(len(pieces))], strings.ToLower(pieces[rng.IntN(len(pieces))]), "he", "the", "don't", "jane", "org", "x", "éclair"}
		for w := range set {
			words = append(words, w)
		}
		for _, w := range words {
			for _, most := range []int{1, 2, 1 << 20} {
				got, want := lowerCount(texts, w, most), min(set[w], most)
				if min(got, most) != want {
					t.Fatalf("texts %q, word %q, most %d: search counts %d, the set %d", texts, w, most, got, set[w])
				}
				if got > 0 {
					found++
				}
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d questions found their word: the test asks too little", found)
	}
}

// TestLowerWordsSearchThenSet: a lowerWords gives the same answers before
// and after it turns from searching to the set, and answers about the
// page as it was at the first question.
func TestLowerWordsSearchThenSet(t *testing.T) {
	blocks := []Block{{Text: "the news desk reports"}, {Text: "Jane Doe, News Desk"}, {Text: "ma and ma again, mail@ma.org"}}
	var lw lowerWords
	asks := []struct {
		w    string
		want bool
	}{{"Desk", true}, {"Doe", false}, {"Ma", true}, {"Mail", false}, {"Org", false}, {"J", false}, {"News", true}, {"Jane", false}}
	for round := range 3 { // round 0 searches, the later ones read the set
		for _, a := range asks {
			if got := lw.has(blocks, a.w); got != a.want {
				t.Fatalf("round %d: has(%q) = %v, want %v", round, a.w, got, a.want)
			}
		}
		blocks[0].Text = "Reports" // changed after the first question: not read
	}
	if lw.set == nil {
		t.Fatal("after many questions the set is not counted")
	}
}
