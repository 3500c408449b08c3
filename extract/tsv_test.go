package extract_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tsvRow is one row of a census table in testdata: its line number in
// the file (from 1), for the caller's messages, and its tab-separated
// fields.
type tsvRow struct {
	line   int
	fields []string
}

// readTSV reads a census table of testdata: every line but blank ones and
// comments ("#"), split at tabs. A row whose number of fields is none of
// want fails the test, naming the file and line.
func readTSV(t *testing.T, file string, want ...int) []tsvRow {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var out []tsvRow
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if !slices.Contains(want, len(f)) {
			t.Fatalf("%s:%d: %d fields, want %v", file, i+1, len(f), want)
		}
		out = append(out, tsvRow{line: i + 1, fields: f})
	}
	return out
}

// TestReadTSV checks that comments and blank lines are skipped, an empty
// last field is kept, and line numbers count every line of the file.
func TestReadTSV(t *testing.T) {
	rows := readTSV(t, "worldtextdates.tsv", 6)
	if len(rows) == 0 || rows[0].line < 1 {
		t.Fatalf("rows %v", rows)
	}
	for _, r := range rows {
		if len(r.fields) != 6 || strings.HasPrefix(r.fields[0], "#") {
			t.Fatalf("line %d: %q", r.line, r.fields)
		}
	}
}
