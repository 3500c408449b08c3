package testkit

import (
	"strings"
	"testing"
)

// TestCorpusLines: the corpus holds each of the seeds' lines, trimmed and
// none blank, each line once; a caller's change to its copy is not seen by
// the next caller.
func TestCorpusLines(t *testing.T) {
	lines := CorpusLines(t)
	have := make(map[string]bool, len(lines))
	for _, l := range lines {
		if l == "" || l != strings.TrimSpace(l) {
			t.Fatalf("line %q not trimmed or blank", l)
		}
		if have[l] {
			t.Fatalf("line %q twice", l)
		}
		have[l] = true
	}
	seeds := 0
	for _, p := range Seeds(t) {
		for l := range strings.Lines(string(p.Data)) {
			if l = strings.TrimSpace(l); l != "" {
				seeds++
				if !have[l] {
					t.Fatalf("seed line %q missing", l)
				}
			}
		}
	}
	if seeds == 0 {
		t.Fatal("no seed lines")
	}
	first := lines[0]
	lines[0] = "changed by a caller"
	_ = append(lines[:1], "appended by a caller")
	if again := CorpusLines(t); again[0] != first || (len(again) > 1 && again[1] == "appended by a caller") {
		t.Fatalf("a caller's change reached the next caller: %q", again[:2])
	}
}
