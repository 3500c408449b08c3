package clean_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestRuleErrorsSayWhatToDo checks that the errors a contributor meets
// while writing a rule file (a misspelt kind or field, a value of the
// wrong TOML type, a selector group where one selector is wanted) say what
// the field takes, not only that it is wrong, and name the line.
func TestRuleErrorsSayWhatToDo(t *testing.T) {
	const head = "name = \"A\"\ndomains = [\"a.test\"]\n"
	for _, tt := range []struct {
		name, src string
		want      []string // substrings of the error
		not       []string // substrings it must not hold
	}{
		{"misspelt kind lists the kinds", head + "[[clutter]]\nkind = \"subscrbe\"\nmatch = 'x'",
			[]string{"x.toml:4", "clutter[0].kind", `"subscrbe"`, "subscribe", "headline-list", "scrape-header"}, nil},
		{"missing kind lists the kinds", head + "[[clutter]]\nmatch = 'x'",
			[]string{"clutter[0].kind", "missing", "nav", "comment-prompt"}, []string{`unknown kind ""`}},
		{"article kind as clutter lists the kinds", head + "[[clutter]]\nkind = \"body\"\nmatch = 'x'",
			[]string{"clutter[0].kind", "not a clutter kind", "signoff"}, nil},
		{"misspelt list kind lists the kinds", head + "[[clutter]]\nkind = \"related\"\nmatch = 'x'\nlist = \"relatd\"",
			[]string{"clutter[0].list", "related", "headline-list"}, nil},
		{"misspelt field names the right one", "name = \"A\"\ndomain = [\"a.test\"]",
			[]string{"x.toml:2", "domain", "unknown field", `"domains"`}, nil},
		{"misspelt field of a table names the table's", head + "[[clutter]]\nkind = \"nav\"\nmatch = 'x'\nwher = \"tail\"",
			[]string{"x.toml:6", "clutter[0].wher", "unknown field", `"where"`}, nil},
		{"a string for a list", "name = \"A\"\ndomains = \"a.test\"",
			[]string{"x.toml:2", "domains", "list of strings", `["`}, []string{"destination has type"}},
		{"a list for a string", head + "timezone = [\"+04:00\"]",
			[]string{"x.toml:3", "timezone", "a string"}, []string{"destination has type"}},
		{"a string for a flag", head + "deck = \"yes\"",
			[]string{"x.toml:3", "deck", "true or false"}, []string{"destination has type"}},
		{"one table where a list of tables is wanted", head + "[clutter]\nkind = \"nav\"\nmatch = 'x'",
			[]string{"x.toml:3", "clutter", "[[clutter]]"}, []string{"destination has type"}},
		{"a selector group for the title", head + "[html]\ntitle = \"h1.title, h2.title\"",
			[]string{"x.toml:4", "html.title", "one selector", "comma"}, []string{"bytes left over"}},
		{"a selector group in remove", head + "[html]\nremove = [\"div.ad, div.promo\"]",
			[]string{"x.toml:4", "html.remove[0]", "comma", `["div.ad", "div.promo"]`}, []string{"bytes left over"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := clean.ParseRule("x.toml", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not say %q", msg, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(msg, w) {
					t.Errorf("error %q says %q", msg, w)
				}
			}
		})
	}
}

// TestContributingQuotesRuleErrors checks that the rule errors
// CONTRIBUTING.md quotes are what ParseRule says, so that the guide cannot
// drift from the messages.
func TestContributingQuotesRuleErrors(t *testing.T) {
	doc, err := os.ReadFile("../CONTRIBUTING.md")
	if err != nil {
		t.Skipf("no CONTRIBUTING.md beside the package: %v", err)
	}
	guide := strings.Join(strings.Fields(string(doc)), " ") // the quotes may wrap
	for _, tt := range []struct{ src, quote string }{
		{"name = \"A\"\ndomains = [\"a.test\"]\n[[clutter]]\nkind = \"subscrbe\"\nmatch = 'x'", `clutter[0].kind: unknown kind "subscrbe": want one of ad, comment-prompt`},
		{"name = \"A\"\ndomain = [\"a.test\"]", `domain: unknown field: did you mean "domains"?`},
	} {
		if !strings.Contains(guide, "`"+tt.quote) {
			t.Errorf("CONTRIBUTING.md does not quote %q", tt.quote)
		}
		if _, err := clean.ParseRule("x.toml", []byte(tt.src)); err == nil || !strings.Contains(err.Error(), tt.quote) {
			t.Errorf("ParseRule says %v, CONTRIBUTING.md quotes %q", err, tt.quote)
		}
	}
}
