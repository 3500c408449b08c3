package clean

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/newsclean/newsclean/internal/testkit"
)

func TestParseRuleErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // substrings of the error
	}{
		{"bad toml", "name = ", []string{"x.toml"}},
		{"no name", `domains = ["a.com"]`, []string{"x.toml", "name", "missing"}},
		{"unknown field", "name = \"A\"\ndomains = [\"a.com\"]\ncolor = 1", []string{`rule "A"`, "color", "unknown field"}},
		{"bad domain", "name = \"A\"\ndomains = [\"http://a.com/\"]", []string{`rule "A"`, "domains[0]"}},
		{"no way to recognise", `name = "A"`, []string{"domains", "generic"}},
		{"bad regexp", "name = \"A\"\ndomains = [\"a.com\"]\n[[clutter]]\nkind = \"nav\"\nmatch = \"(\"", []string{`rule "A"`, "clutter[0].match", "missing closing )"}},
		{"bad kind", "name = \"A\"\ndomains = [\"a.com\"]\n[[clutter]]\nkind = \"navigation\"\nmatch = \"x\"", []string{"clutter[0].kind", "unknown kind"}},
		{"article kind as clutter", "name = \"A\"\ndomains = [\"a.com\"]\n[[clutter]]\nkind = \"body\"\nmatch = \"x\"", []string{"clutter[0].kind", "not a clutter kind"}},
		{"dateline without place or agency", "name = \"A\"\ndomains = [\"a.com\"]\n[[dateline]]\nmatch = '^(?P<day>\\d+) '", []string{"dateline[0].match", "place", "agency"}},
		{"reprint without agency", "name = \"A\"\ndomains = [\"a.com\"]\n[[dateline]]\nmatch = '^(?P<place>[A-Z]+): '\nreprint = true", []string{"dateline[0].reprint"}},
		{"aliases without agencies", "name = \"A\"\ndomains = [\"a.com\"]\naliases = [\"A Agency\"]", []string{"aliases"}},
		{"bad where", "name = \"A\"\ndomains = [\"a.com\"]\n[[clutter]]\nkind = \"nav\"\nmatch = \"x\"\nwhere = \"top\"", []string{"clutter[0].where"}},
		{"bad list", "name = \"A\"\ndomains = [\"a.com\"]\n[[clutter]]\nkind = \"nav\"\nmatch = \"x\"\nlist = \"title\"", []string{"clutter[0].list"}},
		{"empty pattern", "name = \"A\"\ndomains = [\"a.com\"]\n[[clutter]]\nkind = \"nav\"", []string{"clutter[0].match", "empty pattern"}},
		{"dateline without place", "name = \"A\"\ndomains = [\"a.com\"]\n[[dateline]]\nmatch = \"^X\"", []string{"dateline[0].match", "place"}},
		{"date without day", "name = \"A\"\ndomains = [\"a.com\"]\n[[date]]\nmatch = \"(?P<year>\\\\d{4})-(?P<month>\\\\d\\\\d)\"", []string{"date[0].match", "day"}},
		{"rest with suffix", "name = \"A\"\ndomains = [\"a.com\"]\n[[clutter]]\nkind = \"nav\"\nmatch = \"x$\"\nrest = true\nsuffix = true", []string{"clutter[0].rest"}},
		{"suffix with prefix", "name = \"A\"\ndomains = [\"a.com\"]\n[[clutter]]\nkind = \"nav\"\nmatch = \"^x\"\nsuffix = true\nprefix = true", []string{"clutter[0].rest"}},
		{"bad byline", "name = \"A\"\ndomains = [\"a.com\"]\nbyline = [\"[\"]", []string{"byline[0]"}},
		{"bad zone", "name = \"A\"\ndomains = [\"a.com\"]\ntimezone = \"UTC+4\"", []string{"timezone"}},
		{"bad selector", "name = \"A\"\ndomains = [\"a.com\"]\n[html]\nbody = \"div[\"", []string{"html.body"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRule("x.toml", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			var re *RuleError
			if !errors.As(err, &re) {
				t.Fatalf("error %T is not a *RuleError: %v", err, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestRuleSet(t *testing.T) {
	fsys := fstest.MapFS{
		"a.com.toml": {Data: []byte("name = \"A\"\ndomains = [\"a.com\", \"a.org\"]\nagencies = [\"AAA\"]\ntimezone = \"+04:00\"")},
		"b.toml":     {Data: []byte("name = \"B\"\ngeneric = true\n[[clutter]]\nkind = \"nav\"\nmatch = '^x$'")},
	}
	s, err := LoadRules(fsys, "*.toml")
	if err != nil {
		t.Fatal(err)
	}
	for host, want := range map[string]string{"a.com": "a.com", "www.a.com": "a.com", "en.news.a.org": "a.com", "b.com": "", "com": ""} {
		got := ""
		if r := s.ForHost(host); r != nil {
			got = r.ID()
		}
		if got != want {
			t.Errorf("ForHost(%q) = %q, want %q", host, got, want)
		}
	}
	if r := s.ForAgency("aaa"); r == nil || r.Name() != "A" {
		t.Errorf("ForAgency(aaa) = %v", r)
	}
	if off, ok := s.ForHost("a.com").Zone(); !ok || off != 4*3600 {
		t.Errorf("Zone = %d, %v", off, ok)
	}
	if _, err := LoadRules(fsys, "*.json"); err == nil {
		t.Error("LoadRules with a pattern that matches nothing: no error")
	}

	clash, _ := ParseRule("c.toml", []byte("name = \"C\"\ndomains = [\"a.org\"]"))
	if _, err := NewRuleSet(append(s.Rules(), clash)...); err == nil || !strings.Contains(err.Error(), "a.org") {
		t.Errorf("two rules claiming one domain: err = %v", err)
	}
	repl, _ := ParseRule("a.com.toml", []byte("name = \"A2\"\ndomains = [\"a.com\"]"))
	over, _ := NewRuleSet(repl)
	m, err := s.Merge(over)
	if err != nil {
		t.Fatal(err)
	}
	if r := m.ForHost("a.com"); r == nil || r.Name() != "A2" {
		t.Errorf("after Merge, a.com is %v, want the replacement", r)
	}
	if m.ForHost("a.org") != nil {
		t.Error("after Merge, the replaced rule's other domain is still claimed")
	}
}

func TestBuiltinRules(t *testing.T) {
	s := BuiltinRules()
	if len(s.Rules()) == 0 {
		t.Fatal("no built-in rules")
	}
	for _, r := range s.Rules() {
		if r.ID() == "" || r.Name() == "" {
			t.Errorf("rule %s has no ID or name", r.File())
		}
	}
}

// TestContributingRule compiles the example rule in CONTRIBUTING.md, so the
// guide cannot drift from the format.
func TestContributingRule(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(testkit.Root(t), "CONTRIBUTING.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```toml\n")
	if !ok {
		t.Fatal("CONTRIBUTING.md has no toml block")
	}
	block, _, _ := strings.Cut(rest, "```")
	r, err := ParseRule("example-daily.test.toml", []byte(block))
	if err != nil {
		t.Fatalf("the rule in CONTRIBUTING.md does not compile: %v", err)
	}
	if r.ID() != "example-daily.test" || len(r.clutter) != 4 || len(r.datelines) != 2 || !r.datelines[1].reprint || len(r.aliases) != 1 || len(r.dates) != 1 || !r.deck {
		t.Errorf("the rule compiled to %+v", r)
	}
	res, err := String("Library reopens\n\nThe library reopened on Thursday after two years of repairs, the council said on its website.\n\nGet the Example Daily newsletter\nMore from Example Daily\nNew bus routes launched\n",
		&Options{URL: "https://example-daily.test/a", Rules: mustSet(t, r)})
	if err != nil {
		t.Fatal(err)
	}
	got := dump(res)
	for _, want := range []string{"subscribe|Get the Example Daily newsletter", "related|More from Example Daily", "related|New bus routes launched"} {
		if !strings.Contains(got, want) {
			t.Errorf("labels lack %q:\n%s", want, got)
		}
	}
}

func mustSet(t *testing.T, rules ...*Rule) *RuleSet {
	t.Helper()
	s, err := NewRuleSet(rules...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A tail pattern may match the page's last line even when it reads as a
// sentence (a copyright notice), but not a line inside the story.
func TestTailPatternOnLastLine(t *testing.T) {
	r, err := ParseRule("a.test.toml", []byte("name = \"A\"\ndomains = [\"a.test\"]\n[[clutter]]\nkind = \"other\"\nwhere = \"tail\"\nmatch = '^All materials of A Daily are protected by copyright.*'\n"))
	if err != nil {
		t.Fatal(err)
	}
	const story = "The council met on Thursday to discuss the budget for next year, and the vote was postponed to Monday.\n"
	const notice = "All materials of A Daily are protected by copyright and may not be reproduced without written permission of the editors.\n"
	res, err := String("Council delays budget vote\n\n"+notice+story+story+notice, &Options{URL: "https://a.test/x", Rules: mustSet(t, r)})
	if err != nil {
		t.Fatal(err)
	}
	got := dump(res)
	if !strings.HasSuffix(got, "other|"+notice) {
		t.Errorf("the closing notice is not removed:\n%s", got)
	}
	if !strings.Contains(got, "body|"+notice) {
		t.Errorf("the notice inside the story was removed:\n%s", got)
	}
}

// An inside pattern matches only between the story's first and last
// paragraphs: not the opening paragraph, not the closing one.
func TestInsidePattern(t *testing.T) {
	r, err := ParseRule("a.test.toml", []byte("name = \"A\"\ndomains = [\"a.test\"]\n[[clutter]]\nkind = \"other\"\nwhere = \"inside\"\nmatch = '^Villagers at the new school in Tavush$'\n"))
	if err != nil {
		t.Fatal(err)
	}
	const caption = "Villagers at the new school in Tavush"
	res, err := String(caption+"\n"+para1+"\n"+caption+"\n"+para2+"\n"+caption+"\n", &Options{URL: "https://a.test/x", Rules: mustSet(t, r), Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	var by []string
	for _, b := range res.Blocks {
		if b.Text == caption {
			by = append(by, b.Rule)
		}
	}
	if len(by) != 3 || by[0] == "a.test" || by[1] != "a.test" || by[2] == "a.test" {
		t.Errorf("the rule labelled the caption lines %q, want only the middle one:\n%s", by, dump(res))
	}
}

// A below pattern matches past the story's first paragraph (inside it or
// under it), never above it.
func TestBelowPattern(t *testing.T) {
	r, err := ParseRule("a.test.toml", []byte("name = \"A\"\ndomains = [\"a.test\"]\n[[clutter]]\nkind = \"latest\"\nwhere = \"below\"\nmatch = '^Politics$'\n"))
	if err != nil {
		t.Fatal(err)
	}
	const label = "Politics"
	res, err := String(label+"\n"+para1+"\n"+label+"\n"+para2+"\n"+label+"\n", &Options{URL: "https://a.test/x", Rules: mustSet(t, r), Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	var by []string
	for _, b := range res.Blocks {
		if b.Text == label {
			by = append(by, b.Rule)
		}
	}
	if len(by) != 3 || by[0] == "a.test" || by[1] != "a.test" || by[2] != "a.test" {
		t.Errorf("the rule labelled the label lines %q, want the two below the first paragraph:\n%s", by, dump(res))
	}
}

// A header pattern matches only the text glued to the scraper header on
// its line, not the same text on a line of its own.
func TestHeaderPattern(t *testing.T) {
	r, err := ParseRule("a.test.toml", []byte("name = \"A\"\ndomains = [\"a.test\"]\n[[clutter]]\nkind = \"nav\"\nwhere = \"header\"\nmatch = '^Topic one Topic two Topic three$'\n"))
	if err != nil {
		t.Fatal(err)
	}
	const tags = "Topic one Topic two Topic three"
	res, err := String(" date 2026-02-05 "+tags+"\n"+para1+"\n"+tags+"\n"+para2+"\n", &Options{URL: "https://a.test/x", Rules: mustSet(t, r), Disable: []string{"model"}})
	if err != nil {
		t.Fatal(err)
	}
	var by []string
	for _, b := range res.Blocks {
		if b.Text == tags {
			by = append(by, b.Rule)
		}
	}
	if len(by) != 2 || by[0] != "a.test" || by[1] == "a.test" {
		t.Errorf("the rule labelled the tag lines %q, want only the one on the header's line:\n%s", by, dump(res))
	}
}
