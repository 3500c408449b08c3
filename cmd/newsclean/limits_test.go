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

// TestMaxBytesLargest runs -max-bytes at the largest value the flag takes,
// "no limit", on a page longer than the reader's buffer, as a file and as a
// JSONL line: both clean (the limits worked out from it overflowed: a
// panic on the page, the line "longer than" a negative number).
func TestMaxBytesLargest(t *testing.T) {
	page := "Ferry line reopens\n\n" + strings.Repeat("The council said on Tuesday that the ferry line would run twice a day.\n", 2000)
	out, stderr, code := cli(t, page, "-max-bytes", "9223372036854775807", "-format", "jsonl")
	if code != 0 || !strings.Contains(out, `"title":"Ferry line reopens"`) {
		t.Errorf("a page: exit %d, stderr %q", code, stderr)
	}
	line := `{"id":"j","text":"Ferry line reopens\n\nThe council said on Tuesday that the ferry line would run twice a day."}` + "\n"
	out, stderr, code = cli(t, line, "-max-bytes", "9223372036854775807", "-in", "jsonl", "-format", "jsonl")
	if code != 0 || !strings.Contains(out, `"id":"j"`) {
		t.Errorf("a JSONL line: exit %d, stderr %q", code, stderr)
	}
}

// TestJobsBounded refuses a -j past batch.MaxWorkers as bad usage (exit 2),
// naming the range: -j 1000000000000 died out of memory.
func TestJobsBounded(t *testing.T) {
	for _, j := range []string{"0", "4097", "1000000000000"} {
		_, stderr, code := cli(t, "A page.\n", "-j", j)
		if code != 2 || !strings.Contains(stderr, "want 1 to 4096") {
			t.Errorf("-j %s: exit %d, stderr %q; want 2 and the range", j, code, stderr)
		}
	}
	if _, stderr, code := cli(t, "A page.\n", "-j", "4096"); code != 0 {
		t.Errorf("-j 4096: exit %d, stderr %q", code, stderr)
	}
}
