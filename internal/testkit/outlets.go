package testkit

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// OutletCase is one case of an outlet rule: a txtar file,
// clean/rules/<rule>/<name>.txtar, whose comment holds "key: value" lines
// (reason, url, outlet, published, must, must-not; a line starting with #
// is a comment) and whose sections are input.txt, the page (never
// rewritten), and article.json, the golden output (rewritten by -update).
type OutletCase struct {
	File string // the case's path
	Rule string // the ID of the rule it tests: its directory's name
	Name string // the file name without .txtar

	Reason    string   // what the case checks; required
	URL       string   // the page's URL, if the case gives one
	Outlet    string   // the outlet name the article must have, if given; NoOutlet: none
	Published string   // the publish date the article must have, if given
	Must      []string // text the plain-text output must hold
	MustNot   []string // text it must not hold
	Input     []byte   // the input.txt section

	archive *txtar.Archive
	golden  int // the index of the article.json section, or -1
}

// NoOutlet, as a case's outlet ("outlet: -"), says that the article must
// name no outlet: a page that the text alone cannot tell, which no rule may
// claim wrongly.
const NoOutlet = "-"

// RulesDir returns the directory of the built-in rules, clean/rules, which
// holds beside each rule file the directory of its cases.
func RulesDir(t testing.TB) string {
	t.Helper()
	return filepath.Join(Root(t), "clean", "rules")
}

// OutletCases reads every case of every rule, in path order; the test fails
// when there is none, or when a case does not parse.
func OutletCases(t testing.TB) []*OutletCase {
	t.Helper()
	pattern := filepath.Join(RulesDir(t), "*", "*.txtar")
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no testdata: nothing matches %s", pattern)
	}
	cases := make([]*OutletCase, len(files))
	for i, f := range files {
		cases[i] = ReadCase(t, f)
	}
	return cases
}

// ReadCase reads the case file at path. The test fails when the file does
// not parse, has an unknown header key or section, has no reason, or has no
// input.txt section.
func ReadCase(t testing.TB, path string) *OutletCase {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c := &OutletCase{
		File:    path,
		Rule:    filepath.Base(filepath.Dir(path)),
		Name:    strings.TrimSuffix(filepath.Base(path), ".txtar"),
		archive: ar,
		golden:  -1,
	}
	c.parseHeader(t, ar.Comment)
	for i, f := range ar.Files {
		switch f.Name {
		case "input.txt":
			c.Input = f.Data
		case "article.json":
			c.golden = i
		default:
			t.Fatalf("%s: unknown section %q", path, f.Name)
		}
	}
	if c.Input == nil {
		t.Fatalf("%s: no input.txt section", path)
	}
	return c
}

// parseHeader reads the "key: value" lines of the archive's comment.
func (c *OutletCase) parseHeader(t testing.TB, comment []byte) {
	t.Helper()
	sc := bufio.NewScanner(bytes.NewReader(comment))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("%s: header line %q is not key: value", c.File, line)
		}
		val = strings.TrimSpace(val)
		switch key {
		case "reason":
			c.Reason = val
		case "url":
			c.URL = val
		case "outlet":
			c.Outlet = val
		case "published":
			c.Published = val
		case "must":
			c.Must = append(c.Must, val)
		case "must-not":
			c.MustNot = append(c.MustNot, val)
		default:
			t.Fatalf("%s: unknown header key %q", c.File, key)
		}
	}
	if c.Reason == "" {
		t.Fatalf("%s: the case has no reason: say what it checks", c.File)
	}
}

// Check compares got with the case's article.json section. With -update it
// writes got into that section instead (adding the section if there is
// none), when they differ, and logs that it did; the rest of the file is
// left as it was.
func (c *OutletCase) Check(t testing.TB, got []byte) {
	t.Helper()
	if Update() {
		if c.golden >= 0 && bytes.Equal(c.archive.Files[c.golden].Data, got) {
			return
		}
		if c.golden < 0 {
			c.archive.Files = append(c.archive.Files, txtar.File{Name: "article.json"})
			c.golden = len(c.archive.Files) - 1
		}
		c.archive.Files[c.golden].Data = got
		if err := os.WriteFile(c.File, txtar.Format(c.archive), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s", c.File)
		return
	}
	if c.golden < 0 {
		t.Fatalf("%s: no article.json section (run go test -update to write it)", c.File)
	}
	if diff := cmp.Diff(string(c.archive.Files[c.golden].Data), string(got)); diff != "" {
		t.Errorf("%s: article.json differs (-want +got):\n%s", c.File, diff)
	}
}
