package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRulesGlobUnquoted: "newsclean -rules rules/*.toml page.txt" with the
// glob unquoted reaches the command as -rules rules/a.toml rules/b.toml
// page.txt: the first rule file alone is loaded and the others would be
// cleaned as news pages, without a word. A rule file among the inputs of a
// -rules run is bad usage (exit 2) that says to quote the glob; after "--"
// it is an input as asked, and without -rules a .toml file is an input.
func TestRulesGlobUnquoted(t *testing.T) {
	dir := t.TempDir()
	rule := func(name string) string {
		p := filepath.Join(dir, name+".toml")
		body := "name = \"" + name + "\"\ndomains = [\"" + name + "\"]\n"
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a, b := rule("a-daily.test"), rule("b-daily.test")
	page := filepath.Join(dir, "page.txt")
	if err := os.WriteFile(page, []byte("A story\n\nThe council said on Monday that the new library would open next spring.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := cli(t, "", "-rules", a, b, page)
	if code != 2 || out != "" {
		t.Errorf("-rules %s %s %s: exit %d, %d bytes out; want exit 2 and nothing", a, b, page, code, len(out))
	}
	if !strings.Contains(stderr, b) || !strings.Contains(stderr, "quote") {
		t.Errorf("stderr %q: want the rule file among the inputs named and the advice to quote the glob", stderr)
	}
	if _, stderr, code := cli(t, "", "-rules", filepath.Join(dir, "*.toml"), page); code != 0 {
		t.Errorf("a quoted glob: exit %d: %s", code, stderr)
	}
	if _, stderr, code := cli(t, "", "-rules", a, "--", b); code != 0 {
		t.Errorf("a rule file after --: exit %d: %s", code, stderr)
	}
	if _, stderr, code := cli(t, "", b); code != 0 {
		t.Errorf("a .toml input without -rules: exit %d: %s", code, stderr)
	}
}

// TestRulesNoMatchPlain: a -rules glob that matches nothing is named once,
// whole, without the library's prefix and its own view of the pattern
// ("-rules: /x/*.toml: clean: rules \"*.toml\": no files match").
func TestRulesNoMatchPlain(t *testing.T) {
	none := filepath.Join(t.TempDir(), "nowhere", "*.toml")
	_, stderr, code := cli(t, "A story\n\nThe council met on Monday.\n", "-rules", none)
	want := "newsclean: -rules: " + none + ": no files match\n"
	if code != 2 || stderr != want {
		t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, want)
	}
}
