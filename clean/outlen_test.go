package clean

import (
	"strings"
	"testing"
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
