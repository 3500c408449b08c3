package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// labelSepLenLoop is labelSepLen as the comparison with each separator.
func labelSepLenLoop(s string) int {
	for _, sep := range nameLabelSeps {
		if strings.HasPrefix(s, sep) {
			return len(sep)
		}
	}
	return 0
}

// TestLabelSepLenAsLoop: at every byte of the first maxLabelledName of
// each corpus line, and of invented heads with every separator and their
// near misses, labelSepLen answers as the comparison with each separator
// does; some places open a separator.
func TestLabelSepLenAsLoop(t *testing.T) {
	testkit.SkipUnderRace(t, "the label separator pattern over every corpus line, on one goroutine")
	lines := append([]string{"Jane Doe - Published", "Jane Doe – 5 March", "Jane Doe — x", "Jane | Doe", "Jane · Doe", "Jane • Doe",
		"Doe, Jane", "Doe,Jane", "Jane -Doe", "Jane ‘Doe’", "Jane Ç", " ", ",", "Jane —", "Jane \xe2"}, testkit.CorpusLines(t)...)
	seps := 0
	for _, l := range lines {
		for k := range min(len(l), maxLabelledName) {
			got, want := labelSepLen(l[k:]), labelSepLenLoop(l[k:])
			if got != want {
				t.Fatalf("labelSepLen(%q) = %d, the loop says %d", l[k:], got, want)
			}
			if want != 0 {
				seps++
			}
		}
	}
	if seps < 7 {
		t.Errorf("%d separators met: the test reads too few", seps)
	}
}
