package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFlagAfterInputs checks that a flag written after the inputs is bad
// usage (exit 2, nothing cleaned) and not a file that does not exist,
// while a word after "--" and an existing file named like a flag are
// inputs.
func TestFlagAfterInputs(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.txt")
	text := "Council agrees budget\n\nThe council met on Tuesday and agreed on the budget for the coming year.\n"
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{page, "-format", "json"}, {page, "--format=json"}, {"-quiet", page, "-explain"}, {page, "-h"},
	} {
		out, stderr, code := cli(t, "", args...)
		if code != 2 || out != "" {
			t.Errorf("%v: exit %d, output %q; want exit 2 and no output", args, code, out)
		}
		if !strings.Contains(stderr, "after the inputs") {
			t.Errorf("%v: stderr %q does not say the flag comes after the inputs", args, stderr)
		}
	}
	// After "--" a flag-shaped word is a file name: here one that is missing.
	if _, stderr, code := cli(t, "", "-quiet", "--", page, "-format"); code != 1 || !strings.Contains(stderr, "-format") {
		t.Errorf(`after "--": exit %d, stderr %q; want exit 1 naming the missing file "-format"`, code, stderr)
	}
	// An existing file named like a flag is read.
	t.Chdir(dir)
	if err := os.WriteFile("-explain", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, stderr, code := cli(t, "", "-quiet", "page.txt", "-explain"); code != 0 || strings.Count(out, "Council agrees budget") != 2 {
		t.Errorf("a file named -explain: exit %d, stderr %q, output %q; want both files cleaned", code, stderr, out)
	}
}
