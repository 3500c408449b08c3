package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainWarningsSayWhat: -explain prints each warning with what the
// JSON gives for it, for people: its kind, the field and paragraph when it
// names one, and its text (a duplicate id's first line, how many invalid
// UTF-8 sequences were replaced), with no blank left where one is missing.
func TestExplainWarningsSayWhat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pages.jsonl")
	page := `{"id":"a","text":"Library opens\n\nThe council said on Monday that the library would open next spring, officials said.` + "\xff" + `"}` + "\n" +
		`{"id":"a","text":"Pool opens\n\nThe council said on Tuesday that the pool would open next summer, officials said."}` + "\n"
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "", "-quiet", "-explain", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"warning: invalid-utf8: 1 invalid UTF-8 sequences in the JSON record replaced by U+FFFD\n",
		"warning: duplicate-id: id also used on " + path + ":1\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("-explain lacks %q in:\n%s", want, out)
		}
	}
	for l := range strings.SplitSeq(out, "\n") {
		if strings.HasPrefix(l, "warning:") && strings.HasSuffix(l, " ") {
			t.Errorf("warning line %q ends in a blank", l)
		}
	}
}
