package clean

import (
	"strings"
	"testing"
)

// TestLineReadersAtEdges70 runs the line readers of the forty-fifth
// session's stages (raw markup and section trails never a headline, a
// photographer's label, Croatian's 31 October, quoted sayings, cookie
// openings, a theme's footer credit, Romanian ad words) over edgeLines:
// none may panic, and none takes the empty or the huge lines for its form.
func TestLineReadersAtEdges70(t *testing.T) {
	for _, s := range edgeLines {
		wantShortFormsRefused(t, s, []shortFormReader{
			{"markupLine", markupLine(s)},
			{"crumbTrailLine", crumbTrailLine(s)},
			{"photoLabelLine", photoLabelLine(s)},
			{"octoberLast", octoberLast(s)},
			{"isQuotedSaying", isQuotedSaying(s)},
			{"opensWithCookie", opensWithCookie(s)},
			{"isThemeCredit", isThemeCredit(s, len(strings.Fields(s)))},
			{"isRomanianAdWord", isRomanianAdWord(s)},
		})
	}
}
