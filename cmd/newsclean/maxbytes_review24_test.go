package main

import (
	"strings"
	"testing"
)

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
