package clean

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestRulePatternsFire checks that every pattern of every built-in rule
// fires on at least one of the rule's cases: a pattern no case fires is
// untested, and may be dead (mistyped, or matching a line form the outlet no
// longer prints). Each case runs with its URL and without it (fingerprints
// fire only on a page the rule claims from its text). To see one rule:
// go test ./clean -run TestRulePatternsFire/tass.com
func TestRulePatternsFire(t *testing.T) {
	dir := testkit.RulesDir(t)
	ids := map[string]bool{}
	for _, r := range BuiltinRules().Rules() {
		ids[r.ID()] = true
	}
	for key := range unfiredKnown {
		// An entry of a rule that is gone would never be checked again.
		if id, _, _ := strings.Cut(key, " "); !ids[id] {
			t.Errorf("unfiredKnown %q: no built-in rule %s; drop the entry", key, id)
		}
	}
	for _, r := range BuiltinRules().Rules() {
		t.Run(r.ID(), func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(dir, r.ID(), "*.txtar"))
			if len(files) == 0 {
				t.Skipf("rule %s has no case (TestOutlets fails for it)", r.ID())
			}
			var cases []*testkit.OutletCase
			for _, f := range files {
				cases = append(cases, testkit.ReadCase(t, f))
			}
			missed := map[string]bool{}
			for _, miss := range unfiredPatterns(t, r, cases) {
				name, _, _ := strings.Cut(miss, " ")
				missed[name] = true
				if why := unfiredKnown[r.ID()+" "+name]; why != "" {
					t.Logf("%s: %s fires on no case, known: %s", r.File(), miss, why)
					continue
				}
				t.Errorf("%s: %s fires on none of the rule's %d cases: add a case (invented text in the outlet's format) whose page it labels", r.File(), miss, len(cases))
			}
			for key := range unfiredKnown {
				if id, name, _ := strings.Cut(key, " "); id == r.ID() && !missed[name] {
					t.Errorf("%s: %s now fires on a case: drop it from unfiredKnown", r.File(), name)
				}
			}
		})
	}
}

// unfiredKnown lists the patterns of built-in rules that no case fires
// yet, each with why, keyed "rule-id field[i]". It may only shrink: an
// entry whose pattern a case fires fails the test, and so does a pattern
// that no case fires and that is not listed here.
var unfiredKnown = map[string]string{
	// Formats the rule's doc does not show well enough to invent a case.
	"civilnet.am fingerprints[3]":         "archive listing's read-more word; no case of a listing page",
	"mirrorspectator.com fingerprints[1]": "where the line stands on a page is not documented in the rule",
}

// TestUnfiredPatterns checks the checker: a rule whose patterns a page
// fires but for one, which that page never prints, is reported for that
// one only, by field path and expression.
func TestUnfiredPatterns(t *testing.T) {
	r, err := ParseRule("review.test.toml", []byte(`
name = "Review Test"
domains = ["review.test"]
fingerprints = ['^© Review Test \d{4}$']

[[clutter]]
kind = "nav"
match = '^Home \| World \| Sport$'

[[clutter]]
kind = "subscribe"
match = '^Get the Review Test letter$'
`))
	if err != nil {
		t.Fatal(err)
	}
	page := "Home | World | Sport\nA headline the page carries over its story\n" +
		"The first paragraph of the story is long enough to read as prose, with many words in it, and it goes on.\n" +
		"The second paragraph is prose too, long enough to be counted as prose by the detectors, and it ends here.\n" +
		"© Review Test 2025\n"
	c := &testkit.OutletCase{URL: "https://review.test/a", Input: []byte(page)}
	got := unfiredPatterns(t, r, []*testkit.OutletCase{c})
	want := []string{"clutter[1] '^Get the Review Test letter$'"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("unfired = %q, want %q", got, want)
	}
}

// unfiredPatterns runs each case through the text path with only r's rule
// set beside the built-in ones it replaces, with the case's URL and without
// it, and lists r's patterns that fired on none, as "field[i] 'expr'".
func unfiredPatterns(t *testing.T, r *Rule, cases []*testkit.OutletCase) []string {
	t.Helper()
	rules, err := BuiltinRules().Merge(mustSet(t, r))
	if err != nil {
		t.Fatal(err)
	}
	fired := map[string]bool{}
	for _, c := range cases {
		for _, url := range []string{c.URL, ""} {
			res, err := Text(c.Input, &Options{URL: url, Rules: rules})
			if err != nil {
				t.Fatalf("%s: %v", c.File, err)
			}
			for _, h := range res.Hits {
				if h.Rule == r.ID() && h.Count > 0 {
					fired[h.Pattern] = true
				}
			}
		}
	}
	var out []string
	for _, p := range rulePatterns(r) {
		if !fired[p[0]] {
			out = append(out, fmt.Sprintf("%s '%s'", p[0], p[1]))
		}
	}
	return out
}

// rulePatterns lists a rule's text patterns as pairs of the name a
// [RuleHit] gives them and their expression. The [html] selectors are left
// out: the cases are flattened text, which they never see.
func rulePatterns(r *Rule) [][2]string {
	var out [][2]string
	add := func(field string, i int, expr string) {
		out = append(out, [2]string{fmt.Sprintf("%s[%d]", field, i), expr})
	}
	for i, p := range r.fingerprints {
		add("fingerprints", i, p.re.String())
	}
	for i, p := range r.sections {
		add("section", i, p.re.String())
	}
	for i, p := range r.bylines {
		add("byline", i, p.re.String())
	}
	for i, p := range r.headings {
		add("heading", i, p.re.String())
	}
	for i, c := range r.clutter {
		add("clutter", i, c.match.re.String())
	}
	for i, d := range r.datelines {
		add("dateline", i, d.match.re.String())
	}
	for i, d := range r.dates {
		add("date", i, d.String())
	}
	return out
}
