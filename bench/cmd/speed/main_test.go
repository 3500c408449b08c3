package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"testing"
)

// TestSplitTrimFiles: the baseline process writes one JSON object per file,
// in name order, with the file's non-blank lines trimmed.
func TestSplitTrimFiles(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"b.txt": "  one \n\n\ttwo\r\n", "a.txt": "alone"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if err := splitTrimFiles([]string{dir}, &out); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&out)
	var got []string
	for dec.More() {
		var rec struct {
			ID    string   `json:"id"`
			Lines []string `json:"lines"`
		}
		if err := dec.Decode(&rec); err != nil {
			t.Fatal(err)
		}
		got = append(got, rec.ID)
		got = append(got, rec.Lines...)
	}
	if want := []string{"a.txt", "alone", "b.txt", "one", "two"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTimingKeepsFastest: a timing keeps the least wall and CPU time seen.
func TestTimingKeepsFastest(t *testing.T) {
	var tm timing
	tm.keep(3, 2)
	tm.keep(1, 5)
	tm.keep(2, 1)
	if tm.wall != 1 || tm.cpu != 1 {
		t.Errorf("kept %v and %v, want 1 and 1", tm.wall, tm.cpu)
	}
}

// TestTimingKeepsProcessTimesApart: a process's user and system times are
// each the least seen, which need not come from the run with the least
// CPU, and the CPU kept is the least sum.
func TestTimingKeepsProcessTimesApart(t *testing.T) {
	var tm timing
	tm.keepProcess(9, 4, 1)
	tm.keepProcess(8, 2, 6)
	tm.keepProcess(7, 3, 3)
	if tm.user != 2 || tm.sys != 1 || tm.cpu != 5 || tm.wall != 7 {
		t.Errorf("kept user %v sys %v cpu %v wall %v, want 2, 1, 5, 7", tm.user, tm.sys, tm.cpu, tm.wall)
	}
}

// TestCompareNormalizeContext: the normaliser's comparison also prints the
// append forms of both sides, the Unicode clean-up alone, a bare copy and the normaliser under the CLI's
// collection target against the same NFC baseline, and restores the
// collection target it found.
func TestCompareNormalizeContext(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	old := debug.SetGCPercent(150)
	compareNormalize([][]byte{[]byte("Garabagh  talks\n")}, 1)
	os.Stdout = stdout
	if got := debug.SetGCPercent(old); got != 150 {
		t.Errorf("collection target %d after the comparison, want 150 as before", got)
	}
	w.Close()
	var out bytes.Buffer
	if _, err := out.ReadFrom(r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"normalize ", "  append ", "  append []byte ", "  names off ", "  copy ", "  CLI heap "} {
		if !bytes.Contains(out.Bytes(), []byte("\n"+want)) && !bytes.HasPrefix(out.Bytes(), []byte(want)) {
			t.Errorf("no %q line in:\n%s", want, out.String())
		}
	}
}
