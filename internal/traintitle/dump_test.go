package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDumpPages checks that the dump has one JSON line a page with its
// candidates' texts, features and labels, and the feature names once.
func TestDumpPages(t *testing.T) {
	pages := tinyPages()
	file := filepath.Join(t.TempDir(), "dump.jsonl")
	if err := dumpPages(pages, file); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != len(pages) {
		t.Fatalf("%d lines for %d pages", len(lines), len(pages))
	}
	for k, l := range lines {
		var rec struct {
			ID    string
			Names []string
			Cands []struct {
				Text  string
				X     []float64
				Right bool
			}
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d: %v", k, err)
		}
		if (k == 0) != (len(rec.Names) > 0) {
			t.Errorf("line %d: names %v", k, rec.Names)
		}
		if rec.ID != pages[k].id || len(rec.Cands) != len(pages[k].cands) {
			t.Fatalf("line %d: %+v for page %q", k, rec, pages[k].id)
		}
		for i, c := range rec.Cands {
			if c.Text != pages[k].cands[i].Text || c.Right != pages[k].right[i] || len(c.X) != len(pages[k].cands[i].X) {
				t.Errorf("line %d candidate %d: %+v", k, i, c)
			}
		}
	}
}
