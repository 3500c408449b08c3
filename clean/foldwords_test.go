package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestFoldStemLetters checks what foldStem stands on: under Unicode's
// simple case folding, which a (?i) regexp matches by, every ASCII letter
// but k and s folds only to ASCII letters.
func TestFoldStemLetters(t *testing.T) {
	for c := 'a'; c <= 'z'; c++ {
		outside := false
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f >= 0x80 {
				outside = true
			}
		}
		if want := c == 'k' || c == 's'; outside != want {
			t.Errorf("%q folds outside ASCII: %v, want %v", c, outside, want)
		}
	}
}

// TestFoldWordsAsRegexp checks bioRole and writerTrade against their
// patterns compiled alone, on lines in every case, with the Kelvin sign and
// the long s standing for k and s, words glued to others, and lines that
// hold only a stem.
func TestFoldWordsAsRegexp(t *testing.T) {
	lines := []string{
		"", "ceo", "CEO of Acme", "Jane Doe is a freelance Writer.", "JANE DOE IS A REPORTER", "a wRiTeR at large",
		"the ceos met", "co-founder and cto", "Cofounder", "she is a Mar\u212Aeter", "\u017Fpecialist in ferries",
		"a content creator", "content  creator", "adviser, advisor, advisr", "fact-chec", "a fact-checker", "FACT-CHECKERS",
		"writers", "rewriter", "journalistic", "the journal", "Psychologist—and coach", "Dr. Doe (Paediatrician)",
		"An editor’s note", "über-Editor", "no trade named here at all, only ferries and tides",
		strings.Repeat("harbour pilot ", 60) + "therapist",
	}
	rng := rand.New(rand.NewPCG(7, 7))
	for range 300 {
		words := append(append([]string{}, "x", "Writer", "ceo", "-", "ſ", "K", "analy", "manager", " "), "Ünal")
		var b strings.Builder
		for range rng.IntN(8) {
			w := words[rng.IntN(len(words))]
			if rng.IntN(3) == 0 {
				w = strings.ToUpper(w)
			}
			b.WriteString(w)
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		lines = append(lines, b.String())
	}
	for _, f := range []*foldWords{bioRole, writerTrade} {
		re := regexp.MustCompile(f.re.expr)
		hits := 0
		for _, s := range lines {
			want := re.MatchString(s)
			if got := f.MatchString(s); got != want {
				t.Errorf("%s: %q matched %v, want %v", f.re.expr[:30], s, got, want)
			}
			if want {
				hits++
			}
		}
		if hits == 0 || hits == len(lines) {
			t.Errorf("%s: %d of %d lines matched: the lines test nothing", f.re.expr[:30], hits, len(lines))
		}
	}
}

// TestHoldsAnyFold checks literalSet.holdsAnyFold against strings.Contains
// on the text with its ASCII letters in lower case.
func TestHoldsAnyFold(t *testing.T) {
	lits := []string{"eter", "ceo", "peciali", "fact-chec", "content creator"}
	set := newLiteralSet(lits...)
	rng := rand.New(rand.NewPCG(8, 8))
	parts := []string{"e", "T", "ER", "c", "EO", "Peci", "ALI", "fact-", "CHEC", "content ", "Creator", "é", " ", "x"}
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		lower := []byte(s)
		for i, c := range lower {
			lower[i] = lowerASCII(c)
		}
		want := false
		for _, l := range lits {
			want = want || strings.Contains(string(lower), l)
		}
		if got := set.holdsAnyFold(s); got != want {
			t.Fatalf("holdsAnyFold(%q) = %v, want %v", s, got, want)
		}
	}
}
