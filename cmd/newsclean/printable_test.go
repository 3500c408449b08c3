package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorLineQuotesControlCharacters checks that a record whose id holds
// a newline or an escape sequence is named on one error line, quoted, with
// no raw control character reaching the terminal.
func TestErrorLineQuotesControlCharacters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pages.jsonl")
	src := `{"id":"evil\nid\u001b[31m","text":""}` + "\n" + `{"id":"plain","text":""}` + "\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := cli(t, "", "-quiet", path)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (two empty records): %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("stderr has %d lines, want one per failed record:\n%s", len(lines), stderr)
	}
	if strings.ContainsAny(stderr, "\x1b\r") || !strings.Contains(lines[0], `["evil\nid\x1b[31m"]`) {
		t.Errorf("first error line %q: want the id Go-quoted", lines[0])
	}
	if !strings.Contains(lines[1], "[plain]") {
		t.Errorf("second error line %q: want a plain id as it is", lines[1])
	}
}
