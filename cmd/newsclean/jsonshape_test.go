package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJSONShapeFollowsCommandLine: -format json prints one object for one
// page, and an array whenever the run can hold several pages, however many
// it holds, so that a pipeline reads one shape.
func TestJSONShapeFollowsCommandLine(t *testing.T) {
	dir := t.TempDir()
	page := "A story\n\nThe council said on Monday that the new library would open next spring, after two years of work.\n"
	text := filepath.Join(dir, "page.txt")
	one := filepath.Join(dir, "one.jsonl")
	sub := filepath.Join(dir, "sub")
	rec, _ := json.Marshal(map[string]string{"id": "a", "url": "https://example.test/a", "text": page})
	for p, data := range map[string]string{text: page, one: string(rec) + "\n", filepath.Join(sub, "page.txt"): page} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name, stdin string
		args        []string
		array       bool
		n           int
	}{
		{"one text file", "", []string{text}, false, 1},
		{"text on stdin", page, nil, false, 1},
		{"a JSONL file of one record", "", []string{one}, true, 1},
		{"JSONL of one record on stdin", string(rec) + "\n", nil, true, 1},
		{"a directory of one page", "", []string{sub}, true, 1},
		{"text forced as JSONL", string(rec) + "\n", []string{"-in", "jsonl"}, true, 1},
		{"two files", "", []string{text, one}, true, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, stderr, code := cli(t, c.stdin, append([]string{"-format", "json"}, c.args...)...)
			if code != 0 {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			if got := strings.HasPrefix(strings.TrimSpace(out), "["); got != c.array {
				t.Fatalf("array = %v, want %v:\n%s", got, c.array, out)
			}
			if c.array {
				var recs []map[string]any
				if err := json.Unmarshal([]byte(out), &recs); err != nil || len(recs) != c.n {
					t.Errorf("%d records (%v), want %d", len(recs), err, c.n)
				}
			}
		})
	}
}

// TestTextHeaderPrintable: the header over each of several text articles
// names its record as an error line does, Go-quoted when the id holds a
// control character, so that an id cannot split the header or drive the
// terminal.
func TestTextHeaderPrintable(t *testing.T) {
	page := "A story\n\nThe council said on Monday that the new library would open next spring, after two years of work.\n"
	var in strings.Builder
	for _, id := range []string{"plain", "two\nlines\x1b[31m"} {
		rec, _ := json.Marshal(map[string]string{"id": id, "text": page})
		in.Write(rec)
		in.WriteByte('\n')
	}
	out, stderr, code := cli(t, in.String(), "-in", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, "==> plain <==\n") || !strings.Contains(out, `==> "two\nlines\x1b[31m" <==`) || strings.Contains(out, "\x1b") {
		t.Errorf("headers not printable:\n%q", out)
	}
}
