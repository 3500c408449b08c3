package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/normalize"
)

// TestOutLen: near a limit a line is measured as printed, so the name
// rewrite that shortens it cannot take it across the limit on a second
// pass.
func TestOutLen(t *testing.T) {
	line := "The ministers of both countries met in Nakhichevan on Monday and talked about r."
	if len(line) != minProse {
		t.Fatalf("the test line is %d bytes, want %d", len(line), minProse)
	}
	if n := outLen(line, minProse); n != minProse-1 {
		t.Errorf("outLen = %d, want %d (Nakhichevan printed as Nakhchivan)", n, minProse-1)
	}
	if isProse(line) {
		t.Errorf("isProse(%q) = true, but printed it is %d bytes, under the limit", line, minProse-1)
	}
	far := strings.Repeat("Nakhichevan ", 20)
	if n := outLen(far, minProse); n != len(far) {
		t.Errorf("outLen of a line far from the limit = %d, want its length %d", n, len(far))
	}
}

// TestPrintedLenCache: a line asked about again gets the length the
// normaliser gives it, whatever other lines took its slot in between.
func TestPrintedLenCache(t *testing.T) {
	lines := []string{
		"The ministers of both countries met in Nakhichevan on Monday and talked about r.",
		"The ministers of both countries met in Baku on Monday and talked about the road.",
	}
	for i := 0; i < 200; i++ { // more lines than slots: some share one
		lines = append(lines, strings.Repeat("x", i%7)+" Nakhichevan and Stepanakert "+strings.Repeat("y", i))
	}
	for round := 0; round < 2; round++ {
		for _, s := range lines {
			out, _ := normalize.String(s)
			if n := printedLen(s); n != len(out) {
				t.Fatalf("round %d: printedLen(%q) = %d, want %d", round, s, n, len(out))
			}
			if p := printedText(s); p != out {
				t.Fatalf("round %d: printedText(%q) = %q, want %q", round, s, p, out)
			}
		}
	}
	s := lines[0]
	printedLen(s)
	slot := &printedLens[printedSlot(s)]
	if e := slot.Load(); e == nil || e.line != s || len(e.out) != len(s)-1 {
		t.Errorf("the slot of %q holds %+v, want the line and its printed form, %d bytes", s, e, len(s)-1)
	}
}

// TestPrintedSlotSpread: the slot is the same for the same line in every
// run, and lines near one limit (same length, one word apart) spread
// over the table rather than evicting each other.
func TestPrintedSlotSpread(t *testing.T) {
	used := map[int]bool{}
	words := []string{"Monday", "Friday", "Sunday", "Coffee", "Letter", "Bridge", "Oxford", "Berlin"}
	for _, a := range words {
		for _, b := range words {
			s := a + " the ministers of both countries met in Baku and talked " + b
			if printedSlot(s) != printedSlot(strings.Clone(s)) {
				t.Fatalf("printedSlot(%q) changes between calls", s)
			}
			used[printedSlot(s)] = true
		}
	}
	if len(used) < len(printedLens)/2 {
		t.Errorf("64 lines near one length took %d slots of %d, want at least half", len(used), len(printedLens))
	}
}
