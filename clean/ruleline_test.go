package clean

import (
	"errors"
	"strings"
	"testing"
)

// ruleLineSrc is a rule file whose fields sit on known lines; a multi-line
// string holds a line that looks like a key and must not be taken for one.
const ruleLineSrc = `# A rule, for fieldLine.
name = "A"
domains = ["a.com",
  "b.com"]

[[clutter]]
kind = "nav"
match = '^Menu$'

[[clutter]]
kind = "other"
note = '''
match = not a key
'''
match = '^Share$'

[html]
body = "article"
`

func TestFieldLine(t *testing.T) {
	for field, want := range map[string]int{
		"name":              2,
		"domains[1]":        3, // an inline array: the key's line
		"clutter[0].match":  8,
		"clutter[1].match":  15, // not the line inside the multi-line string
		"clutter[1].kind":   11,
		"clutter[1].where":  10, // not written: the table's header
		"clutter.note":      12, // an undecoded key: in any [[clutter]]
		"html.body":         18,
		"html.title":        17,
		"dateline[0].match": 0, // no such table
		"timezone":          0,
	} {
		if got := fieldLine([]byte(ruleLineSrc), field); got != want {
			t.Errorf("fieldLine(%q) = %d, want %d", field, got, want)
		}
	}
}

func TestRuleErrorNamesLine(t *testing.T) {
	for _, tt := range []struct {
		src, want string
	}{
		{"name = \"A\"\ndomains = [\"a.com\"]\n\n[[clutter]]\nkind = \"nav\"\nmatch = \"(\"", `x.toml:6: rule "A": clutter[0].match`},
		{"name = \"A\"\ndomains = [\"a.com\"]\n[[clutter]]\nkind = \"nav\"\nmatch = \"x\"\n[[clutter]]\nkind = \"navigation\"\nmatch = \"x\"", `x.toml:7: rule "A": clutter[1].kind`},
		{"name = \"A\"\ndomains = [\"a.com\"]\ncolor = 1", `x.toml:3: rule "A": color: unknown field`},
		{"name = \"A\"\ndomains = [\"a.com\"]\n[[clutter]]\nmatch = \"x\"", `x.toml:3: rule "A": clutter[0].kind`},
	} {
		_, err := ParseRule("x.toml", []byte(tt.src))
		var re *RuleError
		if !errors.As(err, &re) {
			t.Fatalf("%q: error %v is not a *RuleError", tt.src, err)
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("error %q does not say %q", err, tt.want)
		}
	}
}
