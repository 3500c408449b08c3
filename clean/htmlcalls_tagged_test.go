package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestMayBeTaggedLabel: mayBeTaggedLabel turns down no line taggedLabel
// matches, over the corpus's lines and made-up ones, and turns down a
// line with a colon that holds none of its labels.
func TestMayBeTaggedLabel(t *testing.T) {
	testkit.SkipUnderRace(t, "the tagged label pattern over every corpus line, on one goroutine")
	lines := append(testkit.CorpusLines(t),
		"Tags: ferries, harbours", "FILED UNDER: Travel", "» Categories | Boats", "Related Stories:\nA new pier",
		"You might also like: The lighthouse keeper", "Advertisement: Ferry passes", "ТЕГИ: паром",
		"タグ：フェリー", "Lee también: El faro", "Veja também: O farol", "Lesen Sie auch: Der Hafen",
		"Read next | The old pier", "Sponsored: Boat hire", "Topics: harbour", "Posted in: Boats",
	)
	for _, l := range lines {
		if taggedLabel.MatchString(l) && !mayBeTaggedLabel(l) {
			t.Errorf("mayBeTaggedLabel(%q) = false, but taggedLabel matches it", l)
		}
	}
	for s, want := range map[string]bool{
		"Tags: ferries":               true,
		"Price: 12 euros":             false,
		"Harbour | Pier | Lighthouse": false,
	} {
		if got := mayBeTaggedLabel(s); got != want {
			t.Errorf("mayBeTaggedLabel(%q) = %v, want %v", s, got, want)
		}
	}
}
