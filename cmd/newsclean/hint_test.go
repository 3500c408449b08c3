package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/batch"
)

// TestErrorHints checks that a record's error line names the flag that
// changes the outcome, once per kind in a run, and that the record's own
// error text stays as the contract gives it.
func TestErrorHints(t *testing.T) {
	page := "A page of one line that is long enough.\n"
	t.Run("max-bytes", func(t *testing.T) {
		dir := t.TempDir()
		for _, name := range []string{"a.txt", "b.txt"} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		out, stderr, _ := cli(t, "", "-max-bytes", "5", "-format", "jsonl", dir)
		if n := strings.Count(stderr, "(-max-bytes raises the limit)"); n != 1 {
			t.Errorf("hint printed %d times, want once:\n%s", n, stderr)
		}
		if strings.Contains(out, "-max-bytes") {
			t.Errorf("the hint leaked into the records:\n%s", out)
		}
	})
	t.Run("max-lines", func(t *testing.T) {
		_, stderr, _ := cli(t, strings.Repeat("a\n", 5), "-max-lines", "3", "-format", "jsonl")
		if !strings.Contains(stderr, "(-max-lines raises the limit; 0 for none)") || strings.Contains(stderr, "-max-bytes") {
			t.Errorf("a page over the line limit is not pointed to -max-lines:\n%s", stderr)
		}
	})
	t.Run("not a WARC", func(t *testing.T) {
		_, stderr, _ := cli(t, page, "-in", "warc")
		if !strings.Contains(stderr, "(-in auto reads each input as what it holds)") {
			t.Errorf("no -in hint:\n%s", stderr)
		}
	})
	t.Run("no hint", func(t *testing.T) {
		_, stderr, _ := cli(t, "\x00\x01\x02\x03binary", "-format", "jsonl")
		if strings.Contains(stderr, "(-") {
			t.Errorf("a hint where no flag helps:\n%s", stderr)
		}
	})
}

// TestHintsAfter checks each kind's hint and that each is given once.
func TestHintsAfter(t *testing.T) {
	var h hints
	timeout := fmt.Errorf("record 3: %w", batch.ErrTimeout)
	if got := h.after(timeout); !strings.Contains(got, "-timeout") {
		t.Errorf("timeout hint = %q", got)
	}
	if got := h.after(timeout); got != "" {
		t.Errorf("second timeout hint = %q, want none", got)
	}
	if got := h.after(fmt.Errorf("%w: bad length", batch.ErrWARCMalformed)); got != "" {
		t.Errorf("a malformed archive got the -in hint %q", got)
	}
}

// TestNoFilesHint: a directory in which the walk finds no page file says
// which files it takes (a crawl saved as "page1", "page2" or as .json is
// the usual case), and that a forced -in takes files without an
// extension; the record's own error text stays as the contract gives it.
func TestNoFilesHint(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "page1"), []byte("A page of one line that is long enough.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "", "-format", "jsonl", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr, "no page files in directory (") || !strings.Contains(stderr, ".txt") || !strings.Contains(stderr, "-in") {
		t.Errorf("no hint naming the files a walk takes and -in:\n%s", stderr)
	}
	if strings.Contains(out, ".txt") || !strings.Contains(out, `"error":"no page files in directory"`) {
		t.Errorf("the record's error text changed or holds the hint:\n%s", out)
	}
	// With -in text the file is taken.
	if _, stderr, code := cli(t, "", "-in", "text", "-format", "jsonl", dir); code != 0 {
		t.Errorf("-in text: exit %d: %s", code, stderr)
	}
}

// TestJSONLLineHint: a JSONL line that is not a JSON object (a text file
// named .jsonl, or read with -in jsonl, gives one per line) says once what
// a line must hold and how to read the file as one page instead.
func TestJSONLLineHint(t *testing.T) {
	_, stderr, code := cli(t, "Just a line of text\nand another\n", "-in", "jsonl", "-format", "jsonl")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if strings.Count(stderr, `{"id","url","text"|"html"}`) != 1 || !strings.Contains(stderr, "-in text") {
		t.Errorf("want one hint naming a JSONL line's shape and -in text:\n%s", stderr)
	}
}
