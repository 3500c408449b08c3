package clean_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/extract"
	"github.com/newsclean/newsclean/internal/testkit"
)

// TestOutlets runs the cases of every built-in rule, which live beside the
// rule in rules/<rule ID>/<case>.txtar: go test ./clean -run
// TestOutlets/tass.com/desktop runs one. Each rule must have a case, each
// case directory a rule; each case must exercise its rule, keep its input
// conserved, hold its must and must-not snippets, and give the article in
// its golden article.json section (rewritten by -update).
func TestOutlets(t *testing.T) {
	dir := testkit.RulesDir(t)
	rules := clean.BuiltinRules().Rules()
	ids := map[string]bool{}
	for _, r := range rules {
		ids[r.ID()] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && !ids[e.Name()] {
			rule := filepath.Join(dir, e.Name()+".toml")
			if _, err := os.Stat(rule); err == nil {
				t.Errorf("%s holds cases and %s is there, but the built-in rules lack it: run go generate ./clean", filepath.Join(dir, e.Name()), rule)
				continue
			}
			t.Errorf("%s holds cases but there is no rule %s", filepath.Join(dir, e.Name()), rule)
		}
	}
	for _, r := range rules {
		t.Run(r.ID(), func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(dir, r.ID(), "*.txtar"))
			if len(files) == 0 {
				t.Fatalf("rule %s has no case: add %s/<case>.txtar", r.ID(), filepath.Join(dir, r.ID()))
			}
			for _, f := range files {
				t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
					runCase(t, r, testkit.ReadCase(t, f))
				})
			}
		})
	}
}

func runCase(t *testing.T, r *clean.Rule, c *testkit.OutletCase) {
	res, err := clean.Text(c.Input, &clean.Options{URL: c.URL})
	if err != nil {
		t.Fatal(err)
	}
	clean.CheckConservation(t, string(c.Input), res)
	if c.Outlet != testkit.NoOutlet && !usesRule(res, r) {
		t.Errorf("the case does not exercise rule %s: it neither names the outlet nor labels a block", r.ID())
	}
	a := extract.FromBlocks(res, &extract.Options{URL: c.URL})
	text := a.PlainText()
	for _, m := range c.Must {
		if !strings.Contains(text, m) {
			t.Errorf("must: the output lacks %q:\n%s", m, text)
		}
	}
	for _, m := range c.MustNot {
		if strings.Contains(text, m) {
			t.Errorf("must-not: the output holds %q:\n%s", m, text)
		}
	}
	switch {
	case c.Outlet == testkit.NoOutlet:
		if a.Outlet != nil {
			t.Errorf("outlet = %+v, want none", a.Outlet)
		}
	case c.Outlet != "" && (a.Outlet == nil || a.Outlet.Name != c.Outlet):
		t.Errorf("outlet = %+v, want %q", a.Outlet, c.Outlet)
	}
	if c.Published != "" && a.Published != c.Published {
		t.Errorf("published = %q, want %q", a.Published, c.Published)
	}
	checkBlocksHoldBody(t, a)
	// The cases record what the rules label; the typed body (Blocks) is
	// checked above against Body and, in full, by the seeds' golden files,
	// so it stays out of the cases' article.json.
	a.Blocks = nil
	got, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	c.Check(t, append(got, '\n'))
}

// checkBlocksHoldBody checks that the typed body holds each paragraph of
// the plain one once, in order: as a paragraph, heading, list item (without
// its bullet) or table cell.
func checkBlocksHoldBody(t *testing.T, a *extract.Article) {
	t.Helper()
	var leaves []string
	var walk func([]extract.Block)
	var items func([]extract.ListItem)
	items = func(its []extract.ListItem) {
		for _, it := range its {
			leaves = append(leaves, it.Text)
			if it.List != nil {
				items(it.List.Items)
			}
		}
	}
	walk = func(bs []extract.Block) {
		for _, b := range bs {
			switch b.Type {
			case extract.List:
				items(b.Items)
			case extract.Quote:
				walk(b.Blocks)
			case extract.Table:
				for _, r := range b.Rows {
					leaves = append(leaves, r...)
				}
			case extract.Picture:
			default:
				leaves = append(leaves, b.Text)
			}
		}
	}
	walk(a.Blocks)
	if len(leaves) != len(a.Body) {
		t.Fatalf("blocks hold %d paragraphs, body %d", len(leaves), len(a.Body))
	}
	for i, p := range a.Body {
		if !strings.HasSuffix(p, leaves[i]) || leaves[i] == "" {
			t.Errorf("blocks' paragraph %d = %q, body's %q", i, leaves[i], p)
		}
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
