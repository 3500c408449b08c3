package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWorldAndInAsHasWorldAnd: worldAndIn's one pass over the words finds
// a joiner exactly when hasWorldAnd's look for each joiner in turn does,
// on random lines of names, joiners, blanks and near misses.
func TestWorldAndInAsHasWorldAnd(t *testing.T) {
	parts := []string{" ", "  ", ",", "&", "Anna", "Mario", "и", "и.", "Иван", "and", "andy", "e", "y", "et", "und", "i", "ve", "en", "og", "och", "és", "și", "şi", "ş", "s", "AND"}
	parts = append(parts, worldAnds...)
	rng := rand.New(rand.NewPCG(7, 8))
	found := 0
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		got, want := worldAndIn(s), hasWorldAnd(s)
		if got != want {
			t.Fatalf("worldAndIn(%q) = %v, hasWorldAnd says %v", s, got, want)
		}
		if got {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no line had a joiner: the test does not reach it")
	}
}

// TestWorldAndWords: isWorldAndWord knows each of worldAnds, of at most
// the three bytes worldAndIn reads, and words near them it does not.
func TestWorldAndWords(t *testing.T) {
	for _, and := range append([]string{" & "}, worldAnds...) {
		w := strings.Trim(and, " ")
		if !isWorldAndWord(w) || len(w) > 3 {
			t.Errorf("joiner %q: isWorldAndWord %v, %d bytes", and, isWorldAndWord(w), len(w))
		}
	}
	for _, w := range []string{"", "a", "an", "And", "o", "ou", "s", "ş", "ș"} {
		if isWorldAndWord(w) {
			t.Errorf("isWorldAndWord(%q) is true", w)
		}
	}
}
