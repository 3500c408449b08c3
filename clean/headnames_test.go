package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPersonNameComma: a word ending in a comma or a colon is no part of a
// person's name ("Doe, Jane" is a list's or a catalogue's order, "Jane,
// Doe" a sentence's start, "Written by:" a label), while the name alone
// and a surname's particle still read.
func TestPersonNameComma(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Doe, Jane", false},
		{"Jane, Mark Doe", false},
		{"Jane Doe,", false},
		{"Written by:", false},
		{"Author: Jane", false},
		{"Jane Doe", true},
		{"Nick van Mead", true},
		{"J. R. Smith", true},
	} {
		if got := isPersonName(c.s); got != c.want {
			t.Errorf("isPersonName(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestFieldsAtMost holds fieldsAtMost to strings.Fields over generated
// strings of letters, ASCII and Unicode spaces, and invalid bytes.
func TestFieldsAtMost(t *testing.T) {
	parts := []string{"Jane", "a", " ", "  ", "\t", "\u00a0", "\u2003", "\u200b", "\xff", "é", "\n"}
	rng := rand.New(rand.NewPCG(3, 32))
	seen := map[bool]int{}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s, n := b.String(), rng.IntN(5)
		want := len(strings.Fields(s)) <= n
		if got := fieldsAtMost(s, n); got != want {
			t.Fatalf("fieldsAtMost(%q, %d) = %v, strings.Fields says %v", s, n, got, want)
		}
		seen[want]++
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Fatalf("answers %v: the test tells nothing", seen)
	}
}
