package clean

import (
	"regexp"
	"regexp/syntax"
	"testing"
)

// TestStartPairsPastUnknownTail checks that a concatenation whose first two
// bytes are told gets start pairs though what follows them cannot be
// told (".{1,40}", a large class), and that the pairs never turn down a
// line the pattern matches.
func TestStartPairsPastUnknownTail(t *testing.T) {
	exprs := []string{
		`(?i)^(?:view all .{1,40}|shop now|more from \p{L}+)$`,
		`(?i)^\d+ (?:comments?|replies)(?: .{1,80})?`,
		`^ka.{0,9}x`,
	}
	lines := []string{"View all ferries", "SHOP NOW", "More from Harbour", "12 comments on this",
		"3 replies", "kayak box", "kax", "Viewing", "Ferry news", "", "V", "\u212Aeep", "Shop", "7 ferries"}
	for _, expr := range exprs {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		pairs := newStartPairs(tree)
		if pairs == nil {
			t.Errorf("%s: no start pairs", expr)
			continue
		}
		re := regexp.MustCompile(expr)
		for _, s := range lines {
			if re.MatchString(s) && !pairs.allows(s) {
				t.Errorf("%s: pairs turn down %q, which it matches", expr, s)
			}
		}
	}
	tree, _ := syntax.Parse(exprs[0], syntax.Perl)
	if newStartPairs(tree).allows("Ferry news") {
		t.Error(`pairs allow "Ferry news", which no call starts with`)
	}
}
