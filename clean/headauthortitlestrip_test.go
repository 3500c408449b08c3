package clean

import (
	"strings"
	"testing"
)

// TestHeadBylinesStripAsTitle checks a byline strip the generic head took
// for the headline (the page's own headline judged none): its element
// marked as the authors' still gives their names; a headline the generic
// head found without such an element, and a byline strip an outlet's or
// the ranker's rule labelled the title, give none.
func TestHeadBylinesStripAsTitle(t *testing.T) {
	strip := `<div class="attribution"><span class="author">Ana Lind and Tom Berg</span> <span class="publication">Harbour Valley Leader</span></div>`
	plain := `<div class="attribution"><span>Ana Lind and Tom Berg</span> <span>Harbour Valley Leader</span></div>`
	for _, c := range []struct{ want, strip, rule string }{
		{"Ana Lind; Tom Berg", strip, "generic/title"},
		{"", plain, "generic/title"},
		{"", strip, "outlet/title"},
	} {
		t.Run(c.rule, func(t *testing.T) {
			stripHeadBylines(t, `<h2>Harbour news</h2>`, c.strip, func(i int, text string) (Kind, string) {
				switch {
				case i == 0:
					return Nav, ""
				case strings.HasPrefix(text, "Ana Lind"):
					return Title, c.rule
				case strings.HasPrefix(text, "Published"):
					return Date, ""
				}
				return "", ""
			}, c.want)
		})
	}
}
