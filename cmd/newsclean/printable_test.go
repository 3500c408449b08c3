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

// TestPrintableQuotesWhatTerminalsReorder: a name with a bidirectional
// override or another format character, a line separator, or bytes that
// are not UTF-8 is quoted too, each escaped, so that the line shows the
// name's characters in their order; a name in any script, with spaces and
// punctuation, is shown as it is.
func TestPrintableQuotesWhatTerminalsReorder(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"crawl/invoice\u202etxt.exe", `"crawl/invoice\u202etxt.exe"`},
		{"a\u200bb", `"a\u200bb"`},
		{"one\u2028two", `"one\u2028two"`},
		{"page-\xff.txt", `"page-\xff.txt"`},
		{"tab\there", `"tab\there"`},
		{"crawl/Ереван 2024 (1).txt", "crawl/Ереван 2024 (1).txt"},
		{"news/Բաքու-Երևան_ø.html", "news/Բաքու-Երևան_ø.html"},
		{"pages.jsonl:12 [urn:uuid:0b4f]", "pages.jsonl:12 [urn:uuid:0b4f]"},
	} {
		if got := printable(c.in); got != c.want {
			t.Errorf("printable(%q) = %s, want %s", c.in, got, c.want)
		}
	}
	// Through the command: an empty file with an override in its name.
	dir := t.TempDir()
	name := "story\u202etxt.gnp.txt"
	if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
		t.Skipf("the file system refuses the name: %v", err)
	}
	_, stderr, code := cli(t, "", "-quiet", dir)
	if code != 1 || strings.ContainsRune(stderr, '\u202e') || !strings.Contains(stderr, `story\u202etxt.gnp.txt"`) {
		t.Errorf("exit %d, stderr %q: want exit 1 and the name quoted, its override escaped", code, stderr)
	}
}
