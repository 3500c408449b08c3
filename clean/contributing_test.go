package clean

import (
	"os"
	"strings"
	"testing"
)

// TestContributingRuleParses checks that the rule CONTRIBUTING.md walks a
// contributor through (its toml block) compiles, with every field it shows,
// so that the guide cannot drift from the rule format.
func TestContributingRuleParses(t *testing.T) {
	doc, err := os.ReadFile("../CONTRIBUTING.md")
	if err != nil {
		t.Skipf("no CONTRIBUTING.md beside the package: %v", err)
	}
	_, rest, ok := strings.Cut(string(doc), "```toml\n")
	if !ok {
		t.Fatal("CONTRIBUTING.md has no ```toml block")
	}
	block, _, ok := strings.Cut(rest, "```")
	if !ok {
		t.Fatal("CONTRIBUTING.md's toml block is not closed")
	}
	r, err := ParseRule("example-daily.test.toml", []byte(block))
	if err != nil {
		t.Fatalf("the guide's rule does not compile: %v", err)
	}
	if r.ID() != "example-daily.test" || len(r.clutter) == 0 || len(r.datelines) == 0 || len(r.dates) == 0 ||
		len(r.sections) == 0 || len(r.bylines) == 0 || len(r.headings) == 0 || len(r.fingerprints) == 0 || r.html.title == nil || r.html.body == nil || r.html.remove == nil {
		t.Errorf("the guide's rule lacks a part it shows: %+v", r)
	}
}
