package testkit

import (
	"slices"
	"strings"
	"testing"
)

// TestCorpusLines: the corpus holds the seeds' lines, trimmed and none
// blank.
func TestCorpusLines(t *testing.T) {
	lines := CorpusLines(t)
	seeds := 0
	for _, p := range Seeds(t) {
		for l := range strings.Lines(string(p.Data)) {
			if l = strings.TrimSpace(l); l != "" {
				seeds++
				if !slices.Contains(lines, l) {
					t.Fatalf("seed line %q missing", l)
				}
			}
		}
	}
	if len(lines) < seeds || seeds == 0 {
		t.Fatalf("%d lines, %d from the seeds", len(lines), seeds)
	}
	for _, l := range lines {
		if l == "" || l != strings.TrimSpace(l) {
			t.Fatalf("line %q not trimmed or blank", l)
		}
	}
}
