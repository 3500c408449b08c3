package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text, the post's strip glued into one run right above a
// pager's label ("Previous") is the post's own even where a long list of
// the page's furniture stands between the story and it; with no pager
// under it, a strip that far below the story is left alone (it may be
// any post's).
func TestTextStripOverPager(t *testing.T) {
	var page strings.Builder
	page.WriteString("Home\n\nShop\n\nAbout\n\nA Guide to Mending Wool Socks at Home\n\n")
	for i := range 12 {
		fmt.Fprintf(&page, "Step %d: hold the sock over a darning egg, pick up the loops around hole number %d with a blunt needle and weave the yarn across it in rows, then turn the work.\n\n", i+1, i+1)
	}
	for i := range 40 {
		fmt.Fprintf(&page, "wool shop %d\n\nmerino\n\n", i+1)
	}
	for _, c := range []struct {
		name, below, published string
	}{
		{"the strip over the pager", "mendingJaneOctober 14, 2024darning, wool, socks\nPrevious\nKnitting a Hat\nknittingJaneOctober 2, 2024hats, wool\nNext\n", "2024-10-14"},
		{"leave alone: no pager under the strip", "mendingJaneOctober 14, 2024darning, wool, socks\nKnitting a Hat\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(page.String()+c.below+"\n© Wool Notes\n", nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published {
				t.Errorf("published %q from %q, want %q", a.Published, a.PublishedFrom, c.published)
			}
		})
	}
}
