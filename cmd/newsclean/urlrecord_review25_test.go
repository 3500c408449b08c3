package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestURLFlagYieldsToRecordURL checks what -url's help says: the flag's
// address is every input's, except a jsonl record that names its own.
func TestURLFlagYieldsToRecordURL(t *testing.T) {
	dir := t.TempDir()
	page := "Budget agreed\n\nThe council met on Tuesday and agreed on the budget for the coming year.\n"
	recs := []map[string]string{{"id": "own", "url": "https://news.example/2023/01/02/own", "text": page}, {"id": "none", "text": page}}
	var b strings.Builder
	for _, r := range recs {
		line, _ := json.Marshal(r)
		b.Write(append(line, '\n'))
	}
	path := filepath.Join(dir, "pages.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	const flagURL = "https://other.example/2024/05/06/x"
	out, stderr, code := cli(t, "", "-quiet", "-format", "jsonl", "-url", flagURL, path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := map[string]string{"own": recs[0]["url"], "none": flagURL}
	for line := range strings.Lines(out) {
		var a struct{ ID, URL string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		if a.URL != want[a.ID] {
			t.Errorf("record %s: url %q, want %q", a.ID, a.URL, want[a.ID])
		}
		delete(want, a.ID)
	}
	if len(want) != 0 {
		t.Errorf("records missing from the output: %v", want)
	}
}
