package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/golden"
	"golang.org/x/tools/txtar"
)

// rulesDir holds the built-in rule files and, in a directory named after
// each rule, that rule's cases.
const rulesDir = "../clean/rules"

// outletCase is one case file: a txtar archive whose comment holds
// "key: value" lines, with the sections input.txt (never rewritten) and
// article.json (the golden output, rewritten by -update).
type outletCase struct {
	reason, url, outlet, published string
	must, mustNot                  []string
}

func parseCase(t *testing.T, comment []byte) outletCase {
	t.Helper()
	var c outletCase
	sc := bufio.NewScanner(bytes.NewReader(comment))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("header line %q is not key: value", line)
		}
		val = strings.TrimSpace(val)
		switch key {
		case "reason":
			c.reason = val
		case "url":
			c.url = val
		case "outlet":
			c.outlet = val
		case "published":
			c.published = val
		case "must":
			c.must = append(c.must, val)
		case "must-not":
			c.mustNot = append(c.mustNot, val)
		default:
			t.Fatalf("unknown header key %q", key)
		}
	}
	if c.reason == "" {
		t.Fatal("the case has no reason: say what it checks")
	}
	return c
}

// TestOutlets runs every outlet rule's cases: go test ./extract -run
// TestOutlets/tass.com/desktop runs one.
func TestOutlets(t *testing.T) {
	rules := clean.BuiltinRules().Rules()
	ids := map[string]bool{}
	for _, r := range rules {
		ids[r.ID()] = true
	}
	dirs, err := os.ReadDir(rulesDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if d.IsDir() && !ids[d.Name()] {
			t.Errorf("%s/%s holds cases but there is no rule %s.toml", rulesDir, d.Name(), d.Name())
		}
	}
	for _, r := range rules {
		t.Run(r.ID(), func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(rulesDir, r.ID(), "*.txtar"))
			if len(files) == 0 {
				t.Fatalf("rule %s has no case: add %s/%s/<case>.txtar", r.ID(), rulesDir, r.ID())
			}
			for _, f := range files {
				t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) { runCase(t, r, f) })
			}
		})
	}
}

func runCase(t *testing.T, r *clean.Rule, file string) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c := parseCase(t, ar.Comment)
	var input []byte
	goldenAt := -1
	for i, f := range ar.Files {
		switch f.Name {
		case "input.txt":
			input = f.Data
		case "article.json":
			goldenAt = i
		default:
			t.Fatalf("unknown section %q", f.Name)
		}
	}
	if input == nil {
		t.Fatal("no input.txt section")
	}
	res, err := clean.Text(input, &clean.Options{URL: c.url})
	if err != nil {
		t.Fatal(err)
	}
	if !usesRule(res, r) {
		t.Errorf("the case does not exercise rule %s: it neither names the outlet nor labels a block", r.ID())
	}
	a := FromBlocks(res, &Options{URL: c.url})
	text := a.PlainText()
	for _, m := range c.must {
		if !strings.Contains(text, m) {
			t.Errorf("must: the output lacks %q:\n%s", m, text)
		}
	}
	for _, m := range c.mustNot {
		if strings.Contains(text, m) {
			t.Errorf("must-not: the output holds %q:\n%s", m, text)
		}
	}
	if c.outlet != "" && (a.Outlet == nil || a.Outlet.Name != c.outlet) {
		t.Errorf("outlet = %+v, want %q", a.Outlet, c.outlet)
	}
	if c.published != "" && a.Published != c.published {
		t.Errorf("published = %q, want %q", a.Published, c.published)
	}
	got, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *golden.Update {
		if goldenAt < 0 {
			ar.Files = append(ar.Files, txtar.File{Name: "article.json"})
			goldenAt = len(ar.Files) - 1
		}
		ar.Files[goldenAt].Data = got
		if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s", file)
		return
	}
	if goldenAt < 0 {
		t.Fatal("no article.json section (run go test -update to write it)")
	}
	if diff := cmp.Diff(string(ar.Files[goldenAt].Data), string(got)); diff != "" {
		t.Errorf("article.json differs (-want +got):\n%s", diff)
	}
}

// usesRule reports whether rule r named the outlet or labelled a block.
func usesRule(res *clean.Result, r *clean.Rule) bool {
	if res.Outlet.Name == r.Name() {
		return true
	}
	for _, b := range res.Blocks {
		if b.Rule == r.ID() {
			return true
		}
	}
	return false
}
