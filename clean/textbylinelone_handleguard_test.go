package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestMayHoldHandleBy: mayHoldHandleBy lets through every line handleBy
// matches, over made-up dated lines (handles in lower case past ASCII,
// with and without a colon, after tabs and spaces, glued to a date) and
// the corpus's lines; lines signed with a name, or with no "by", are
// turned down.
func TestMayHoldHandleBy(t *testing.T) {
	testkit.SkipUnderRace(t, "the handle byline pattern over the corpus and 20,000 built lines, on one goroutine")
	heads := []string{"", "Posted on July 1, 2024 ", "Apr 21, 2025\t", "x", "Nearby ", "Standby", "— ", "\xff "}
	words := []string{"by", "By", "BY", "by:", "By:", "by :", "bye", "byline"}
	ends := []string{" whova | Apr 21, 2025", " quilloFebruary 16, 2026", "\téditrice", "  quillo", " Jane Doe", " ab", "quillo", " 9lives", " ø_desk •", ""}
	lines := append(guardLines(20000, heads, words, ends), testkit.CorpusLines(t)...)
	checkGuard(t, "handleBy", lines, mayHoldHandleBy, handleBy.lazyRegexp.MatchString, 2000)
	for s, want := range map[string]bool{
		"By Jane Doe | Apr 21, 2025":       false,
		"Posted on July 1, 2024":           false,
		"Nearby ferries ran late":          false,
		"by whova | Apr 21, 2025":          true,
		"Posted on July 1, 2024 by quillo": true,
		"By:\téditrice":                    true,
	} {
		if got := mayHoldHandleBy(s); got != want {
			t.Errorf("mayHoldHandleBy(%q) = %v, want %v", s, got, want)
		}
	}
	if datedHandle("By Jane Doe | Apr 21, 2025") != "" || datedHandle("by whova | Apr 21, 2025") != "whova" {
		t.Error("the guarded handleBy does not answer as its pattern")
	}
}
