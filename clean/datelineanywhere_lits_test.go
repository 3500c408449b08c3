package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestAnywhereLiteralsExact: where the anywhere literals let
// parseOneDateline pass a rule over, none of the rule's forms read anywhere
// reads the line, on every line of the corpus (the built-in rules); and
// the pass-over is used at all (some rule qualifies, some line is passed
// over).
func TestAnywhereLiteralsExact(t *testing.T) {
	rules := BuiltinRules()
	if rules.anywhereLits == nil {
		t.Fatal("no built-in rule's anywhere forms all require a literal")
	}
	passed := 0
	for _, l := range testkit.CorpusLines(t) {
		var lits anywhereHeadLits
		for k, r := range rules.anywhere {
			if !lits.passOver(rules, k, l) {
				continue
			}
			passed++
			if d, fi, ok := r.readDateline(l, true, nil); ok {
				t.Errorf("%s passed over %q, which its form %d reads (%+v)", r.id, l, fi, d)
			}
		}
	}
	if passed == 0 {
		t.Error("no rule passed over on any line")
	}
}

// TestAnywhereLiteralsNone: a rule with a form read anywhere that requires
// no literal is never passed over.
func TestAnywhereLiteralsNone(t *testing.T) {
	r, err := ParseRule("x.toml", []byte("name = \"X\"\ndomains = [\"x.example\"]\n[[dateline]]\nmatch = '^(?P<place>[A-Z]+), (?P<month>[A-Z][a-z]+) (?P<day>\\d+)'\nanywhere = true\n"))
	if err != nil {
		t.Fatal(err)
	}
	set, err := NewRuleSet(r)
	if err != nil {
		t.Fatal(err)
	}
	var lits anywhereHeadLits
	if set.anywhereLits != nil || lits.passOver(set, 0, "BAKU, March 5 - text") {
		t.Error("a rule whose form requires no literal was passed over")
	}
}
