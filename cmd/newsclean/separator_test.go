package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeparatorAfterFailedFirst checks that the blank line between the
// articles of a text or markdown run separates two printed articles: a
// failed input prints nothing, so output that opens with a failure does not
// open with a blank line.
func TestSeparatorAfterFailedFirst(t *testing.T) {
	dir := writePages(t, 2)
	if err := os.WriteFile(filepath.Join(dir, "page-00.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "markdown"} {
		out, _, code := cli(t, "", "-quiet", "-format", format, dir)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1 (one input failed)", format, code)
		}
		if out == "" || strings.HasPrefix(out, "\n") {
			t.Errorf("%s: output opens with a blank line or is empty:\n%q", format, out)
		}
		if !strings.Contains(out, "Story number 1") {
			t.Errorf("%s: the good page is missing:\n%s", format, out)
		}
	}
}
