package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNamesFlag checks -names against DESIGN.md's "the target spelling of
// every name is the caller's to override": the file's rows add spellings
// (Dilizhan -> Dilijan) and, row by row, replace the built-in ones
// (Kelbajar written for Kalbajar and its variants); a file whose rows
// make a spelling chain with no end is bad usage, and the error names
// -names and the file, not -normalize.
func TestNamesFlag(t *testing.T) {
	dir := t.TempDir()
	write := func(name, rows string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("canonical,variant,kind,region\n"+rows), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	page := "Roads to Dilizhan\n\nThe ministry said on Monday that the roads to Dilizhan, Kelbajar, Kalbajar and Kalbacar would reopen next month.\n"
	added := write("added.csv", "Dilijan,Dilizhan,spelling,AM\n")
	out, stderr, code := cli(t, page, "-names", added)
	if want := "roads to Dilijan, Kalbajar, Kalbajar and Kalbajar would"; code != 0 || !strings.Contains(out, want) {
		t.Errorf("-names %s: exit %d, %q %q; want %q", added, code, out, stderr, want)
	}
	override := write("override.csv", "Kelbajar,Kalbajar,spelling,NK\nKelbajar,Kelbajar,spelling,NK\nKelbajar,Kalbacar,spelling,NK\n")
	out, stderr, code = cli(t, page, "-names", override)
	if want := "roads to Dilizhan, Kelbajar, Kelbajar and Kelbajar would"; code != 0 || !strings.Contains(out, want) {
		t.Errorf("-names %s: exit %d, %q %q; want %q", override, code, out, stderr, want)
	}
	chain := write("chain.csv", "Kelbajar,Kalbajar,spelling,NK\n")
	_, stderr, code = cli(t, page, "-names", chain)
	if code != 2 || !strings.Contains(stderr, "-names "+chain+": ") || !strings.Contains(stderr, "does not end") {
		t.Errorf("-names %s: exit %d, stderr %q; want 2 and the error under -names and the file", chain, code, stderr)
	}
}
