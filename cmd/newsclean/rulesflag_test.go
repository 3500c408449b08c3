package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRulesGlobPaths holds -rules to its GLOB: a wildcard in a directory
// part matches as the shell's would, and every error names the files as the
// user wrote them (the directory with the file, the whole glob when nothing
// matches), so that the file at fault can be opened from the message.
func TestRulesGlobPaths(t *testing.T) {
	dir := t.TempDir()
	good := "name = \"Example Daily\"\ndomains = [\"example-daily.test\"]\n[[clutter]]\nkind = \"ad\"\nmatch = '^Buy our paper today$'\n"
	bad := "name = \"Broken Daily\"\ndomains = [\"broken-daily.test\"]\n[[clutter]]\nkind = \"ad\"\nmatch = '^(unclosed$'\n"
	for name, body := range map[string]string{"outlets/daily/example-daily.test.toml": good, "broken/broken-daily.test.toml": bad} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page := "A story\n\nThe council said on Monday that the new library would open next spring, after two years of work.\n\nBuy our paper today\n"
	out, stderr, code := cli(t, page, "-rules", filepath.Join(dir, "outlets", "*", "*.toml"), "-url", "https://example-daily.test/a", "-format", "jsonl")
	if code != 0 || !strings.Contains(out, `"rule":"example-daily.test"`) {
		t.Errorf("-rules with a wildcard directory: exit %d, stderr %q, out %s", code, stderr, out)
	}
	broken := filepath.Join(dir, "broken", "broken-daily.test.toml")
	_, stderr, code = cli(t, page, "-rules", filepath.Join(dir, "broken", "*.toml"))
	if code != 2 || !strings.Contains(stderr, broken+`:5: rule "Broken Daily": clutter[0].match`) {
		t.Errorf("a broken rule: exit %d, stderr %q; want 2 and the file named %s", code, stderr, broken)
	}
	none := filepath.Join(dir, "nowhere", "*.toml")
	_, stderr, code = cli(t, page, "-rules", none)
	if code != 2 || !strings.Contains(stderr, none) || !strings.Contains(stderr, "no files match") {
		t.Errorf("a glob that matches nothing: exit %d, stderr %q; want 2, the glob %s and 'no files match'", code, stderr, none)
	}
}

// TestSplitGlob checks the split of a -rules glob into os.DirFS's directory
// and fs.Glob's pattern.
func TestSplitGlob(t *testing.T) {
	for _, c := range []struct{ glob, dir, pattern string }{
		{"*.toml", ".", "*.toml"},
		{"x.toml", ".", "x.toml"},
		{"rules/*.toml", "rules", "*.toml"},
		{"./rules//a/x.toml", filepath.FromSlash("rules/a"), "x.toml"},
		{"../rules/*/*.toml", filepath.FromSlash("../rules"), "*/*.toml"},
		{"/etc/nc/*/x.toml", filepath.FromSlash("/etc/nc"), "*/x.toml"},
		{"/*.toml", filepath.FromSlash("/"), "*.toml"},
		{"r[ab]/x.toml", ".", "r[ab]/x.toml"},
	} {
		if dir, pattern := splitGlob(c.glob); dir != c.dir || pattern != c.pattern {
			t.Errorf("splitGlob(%q) = %q, %q; want %q, %q", c.glob, dir, pattern, c.dir, c.pattern)
		}
	}
}

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
