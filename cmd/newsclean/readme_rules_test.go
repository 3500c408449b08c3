package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// readmeRuleGaps are built-in rules the README's outlet list does not name
// yet: the test fails when one is named (take it out of the map) or when
// another rule goes unnamed.
var readmeRuleGaps = map[string]bool{}

// TestREADMENamesEveryRule checks the README's "Built-in outlet rules"
// section against clean/rules: every outlet it names has a rule file, its
// count is the number it names, and every rule file (but the WordPress
// comment form's, named in words) is named.
func TestREADMENamesEveryRule(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatalf("the README at the module's top: %v", err)
	}
	m := regexp.MustCompile(`(?s)## Built-in outlet rules\s+(\d+) outlets, each with at least one case beside its rule:(.*?) and the WordPress comment form`).FindSubmatch(readme)
	if m == nil {
		t.Fatal(`no outlet list in the README ("## Built-in outlet rules", "N outlets, each with at least one case beside its rule: ... and the WordPress comment form")`)
	}
	files, err := filepath.Glob("../../clean/rules/*.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no rule files in clean/rules: %v", err)
	}
	rules := map[string]bool{}
	for _, f := range files {
		rules[strings.TrimSuffix(filepath.Base(f), ".toml")] = true
	}
	named := map[string]bool{}
	for _, d := range regexp.MustCompile(`[a-z0-9-]+(?:\.[a-z0-9-]+)+`).FindAllString(string(m[2]), -1) {
		named[d] = true
		if !rules[d] {
			t.Errorf("the README names %s, which has no rule file", d)
		}
	}
	if n, _ := strconv.Atoi(string(m[1])); n != len(named) {
		t.Errorf("the README says %s outlets and names %d", m[1], len(named))
	}
	for r := range rules {
		switch {
		case r == "wordpress":
		case !named[r] && !readmeRuleGaps[r]:
			t.Errorf("the README's outlet list does not name the rule %s", r)
		case named[r] && readmeRuleGaps[r]:
			t.Errorf("the README names %s now: take it out of readmeRuleGaps", r)
		}
	}
}
