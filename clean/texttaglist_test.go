package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// tagListByCount is isTagList without the one-byte gate: the separators
// counted by the three-byte Count alone.
func tagListByCount(s string) bool {
	for _, sep := range tagListSeps {
		if strings.Count(s, sep)+1 < minTagListItems {
			continue
		}
		items, short := 0, 0
		for item := range strings.SplitSeq(s, sep) {
			items++
			if !hasWords(item, maxTagItemWords+1) {
				short++
			}
		}
		if 2*short > items {
			return true
		}
	}
	return false
}

// TestTagListGate holds isTagList's one-byte gate to the plain count over
// generated lines of short and long items between the separators, their
// marks glued to words, and bytes of other runes that share the marks' last
// bytes ("¢" ends in A2, "·" alone in B7).
func TestTagListGate(t *testing.T) {
	parts := []string{"ferry", "tide tables", "harbour walks at dawn in winter", " | ", " / ", " • ", " · ",
		"|", "/", "•", "·", "¢", "a/b", "x·y", " ", "sea birds"}
	rng := rand.New(rand.NewPCG(32, 9))
	tags, lines := 0, 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		want := tagListByCount(s)
		if got := isTagList(s); got != want {
			t.Fatalf("isTagList(%q) = %v, the plain count says %v", s, got, want)
		}
		if want {
			tags++
		}
		lines++
	}
	if tags == 0 || tags == lines {
		t.Fatalf("%d of %d generated lines are tag lists: the test tells nothing", tags, lines)
	}
}
