package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
