package testkit

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const caseFile = `reason: the newsletter line
url: https://example-daily.test/a
must: one
must: two
must-not: three
outlet: Example Daily
published: 2024-05-02
# a comment
-- input.txt --
The page.
`

// writeCase writes a case file in a rule's directory under a temporary
// directory and returns its path.
func writeCase(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "example-daily.test", "newsletter.txtar")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadCase(t *testing.T) {
	c := ReadCase(t, writeCase(t, caseFile))
	if c.Rule != "example-daily.test" || c.Name != "newsletter" || c.Reason != "the newsletter line" ||
		c.URL != "https://example-daily.test/a" || c.Outlet != "Example Daily" || c.Published != "2024-05-02" ||
		!slices.Equal(c.Must, []string{"one", "two"}) || !slices.Equal(c.MustNot, []string{"three"}) ||
		string(c.Input) != "The page.\n" {
		t.Errorf("ReadCase = %+v", c)
	}
	for name, text := range map[string]string{
		"no reason":       strings.Replace(caseFile, "reason: the newsletter line\n", "", 1),
		"unknown key":     "colour: red\n" + caseFile,
		"not key: value":  "just words\n" + caseFile,
		"unknown section": caseFile + "-- output.txt --\nx\n",
		"no input":        strings.Replace(caseFile, "input.txt", "article.json", 1),
	} {
		path := writeCase(t, text)
		if f := fake(func(tb testing.TB) { ReadCase(tb, path) }); !f.failed {
			t.Errorf("%s: ReadCase does not fail", name)
		}
	}
}

func TestOutletCaseCheck(t *testing.T) {
	setUpdate(t, false)
	path := writeCase(t, caseFile)
	if f := fake(func(tb testing.TB) { ReadCase(tb, path).Check(tb, []byte("{}\n")) }); !f.failed || !strings.Contains(f.msg, "-update") {
		t.Errorf("no article.json: failed %v, %q; want a failure that names -update", f.failed, f.msg)
	}
	*update = true
	for i, want := range []int{1, 0} { // a rewrite, then nothing to rewrite
		if f := fake(func(tb testing.TB) { ReadCase(tb, path).Check(tb, []byte("{}\n")) }); f.failed || len(f.logs) != want {
			t.Errorf("-update %d: failed %v (%s), logs %q; want %d", i+1, f.failed, f.msg, f.logs, want)
		}
	}
	*update = false
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := caseFile + "-- article.json --\n{}\n"; string(got) != want {
		t.Errorf("after -update the case holds\n%s\nwant\n%s", got, want)
	}
	if f := fake(func(tb testing.TB) { ReadCase(tb, path).Check(tb, []byte("{}\n")) }); f.failed {
		t.Errorf("the same output fails: %s", f.msg)
	}
	if f := fake(func(tb testing.TB) { ReadCase(tb, path).Check(tb, []byte("[]\n")) }); !f.failed {
		t.Error("another output does not fail")
	}
}

func TestOutletCases(t *testing.T) {
	for _, c := range OutletCases(t) {
		if filepath.Dir(filepath.Dir(c.File)) != RulesDir(t) || c.Reason == "" || len(c.Input) == 0 {
			t.Errorf("case %s/%s (%s): reason %q, %d input bytes", c.Rule, c.Name, c.File, c.Reason, len(c.Input))
		}
	}
}
