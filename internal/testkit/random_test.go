package testkit

import (
	"slices"
	"strings"
	"testing"
)

// TestRandomTexts checks that RandomTexts gives n strings made of the
// pieces only, below the piece limit, and the same strings for the same
// seeds.
func TestRandomTexts(t *testing.T) {
	pieces := []string{"ab", "Ж"}
	got := RandomTexts(1, 2, 50, 5, pieces)
	if len(got) != 50 {
		t.Fatalf("%d strings, want 50", len(got))
	}
	for _, s := range got {
		rest := strings.ReplaceAll(strings.ReplaceAll(s, "ab", ""), "Ж", "")
		if rest != "" || len(s) > 4*2 {
			t.Fatalf("%q is not at most 4 pieces of %q", s, pieces)
		}
	}
	if again := RandomTexts(1, 2, 50, 5, pieces); !slices.Equal(got, again) {
		t.Error("the same seeds gave other strings")
	}
	if other := RandomTexts(3, 4, 50, 5, pieces); slices.Equal(got, other) {
		t.Error("other seeds gave the same strings")
	}
}
