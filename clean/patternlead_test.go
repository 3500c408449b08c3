package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestHoldsAnyKeepsLead checks pattern.holdsAny, which keeps the any-of
// literals' shared lead per pattern, against holdsAnyOf, which works it
// out per line: on invented lines for patterns with and without a shared
// lead, and on the seeds' lines for every built-in pattern with literals.
func TestHoldsAnyKeepsLead(t *testing.T) {
	lines := []string{"BAKU, Azerbaijan, May 5", "TBILISI, Georgia, May 5", "He left, Armenia said", "no commas here",
		", Iran", ",", "", "May 5, Reuters", "SOURCE: AFP", "x-Reuters", "x-AFP", "x-AP", "x-TASS"}
	for _, p := range testkit.Seeds(t) {
		for l := range strings.Lines(string(p.Data)) {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	var pats []pattern
	for _, expr := range []string{
		`^[A-Z]+, (?:Azerbaijan|Georgia|Armenia|Iran|Turkey), `, // a shared lead: ", "
		`-(?:Reuters|AFP|AP|TASS|Xinhua)$`,                      // a shared lead: "-"
		`(?:Reuters|AFP|Interfax|TASS)`,                         // no shared lead
	} {
		p, err := compilePattern(expr)
		if err != nil {
			t.Fatal(err)
		}
		if p.anyOf == nil {
			t.Fatalf("%s: no any-of literals; the test needs them", expr)
		}
		pats = append(pats, p)
	}
	for i := range builtinFilters {
		if builtinFilters[i].anyOf != nil {
			pats = append(pats, builtinFilters[i].pattern())
		}
	}
	for _, p := range pats {
		for _, l := range lines {
			if got, want := p.holdsAny(l), holdsAnyOf(l, p.anyOf); got != want {
				t.Errorf("%s: holdsAny(%q) = %v, holdsAnyOf %v", p.re, l, got, want)
			}
		}
	}
}
