package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestLinkLightProse: a paragraph counts as the story's prose for the HTML
// stages when it reads as prose and at most maxProseLinkDensity of it is
// links.
func TestLinkLightProse(t *testing.T) {
	para := "The ferry line between the two harbour towns reopened on Monday after three months of repairs to its piers, the operator said."
	for _, c := range []struct {
		text    string
		density float64
		want    bool
	}{
		{para, 0, true},
		{para, maxProseLinkDensity, true},
		{para, 0.6, false},
		{"Home | World | Sport", 0, false},
	} {
		if got := isLinkLightProse(&htmldoc.Block{Text: c.text, LinkDensity: c.density}); got != c.want {
			t.Errorf("%q, link density %.1f: %v, want %v", c.text, c.density, got, c.want)
		}
	}
}
