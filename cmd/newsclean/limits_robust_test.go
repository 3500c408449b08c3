package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMaxLines: a text page over -max-lines is an error record naming the
// limit, the other inputs go through, and -max-lines 0 lifts the limit.
func TestMaxLines(t *testing.T) {
	dir := t.TempDir()
	many := filepath.Join(dir, "many.txt")
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(many, []byte(strings.Repeat("a line\n", 300)), 0o644); err != nil {
		t.Fatal(err)
	}
	page := "Bridge to open next spring\n\nOfficials said on Tuesday that the new bridge would open next spring.\n"
	if err := os.WriteFile(good, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "", "-quiet", "-format", "jsonl", "-max-lines", "100", many, good)
	if code != 1 || !strings.Contains(stderr, "Options.MaxLines") || !strings.Contains(out, "Bridge to open next spring") {
		t.Errorf("-max-lines 100: exit %d, stderr %q, output %q", code, stderr, out)
	}
	if _, stderr, code := cli(t, "", "-quiet", "-format", "jsonl", "-max-lines", "0", many); code != 0 {
		t.Errorf("-max-lines 0: exit %d, stderr %q", code, stderr)
	}
	if _, _, code := cli(t, "", "-max-lines", "-1", good); code != 2 {
		t.Errorf("-max-lines -1: exit %d, want 2", code)
	}
}
