package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text, a long story whose only date is the strip under its
// last paragraph ("June 9, 2020 · 6 Comments", further from the headline
// than the lines textDateAlone reads) takes it as the publish date; two
// strips of other days under the story are a list of posts, and neither
// is taken, unless a pager's label ("Previous", "Next") opens the others.
// The strip may be glued into one run by the flattening ("furniture
// projectsJaneJune 9, 2020dressers, oil").
func TestTextEntryStripUnderLongStory(t *testing.T) {
	var story strings.Builder
	for i := range 45 {
		fmt.Fprintf(&story, "In step %d we sanded panel number %d of the old dresser down to bare wood, wiped the dust off with a damp cloth and left it to dry overnight before oiling it.\n", i+1, i+1)
	}
	head := shedMenu + "A beginner's guide to refinishing a dresser\n"
	for _, c := range []struct {
		name, below, published string
	}{
		{"the strip under the story", "Did you enjoy this post? Pin it for later!\nJune 9, 2020 · 6 Comments\nDon't miss a thing!\n", "2020-06-09"},
		{"leave alone: strips of two posts on other days", "More projects\nJune 9, 2020 · 6 Comments\nA porch refresh\nMay 2, 2020 · 3 Comments\n", ""},
		{"a strip glued into one run, the pager's posts below", "furniture projectsJaneJune 9, 2020dressers, oil, sanding3 Comments\nPrevious\nA porch refresh\nporch projectsJaneJune 16, 2020porch, paint\nNext\nA new bench\nfurniture projectsJaneMay 2, 2020bench, oak\n", "2020-06-09"},
		{"leave alone: glued strips of other posts without a pager", "More projects\nfurniture projectsJaneJune 9, 2020dressers, oil\nA porch refresh\nporch projectsJaneJune 16, 2020porch, paint\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(head+story.String()+c.below, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published {
				t.Errorf("published %q from %q, want %q", a.Published, a.PublishedFrom, c.published)
			}
		})
	}
}

// On flattened text a strip under the headline that prints the date among
// a name, a category or a reading time, in an order the date lines do not
// read ("5 min read · Dec 19, 2025"), gives the publish date, even where
// the strip stands alone over the story (the cleaner takes it for no
// headline: the page has none, and the line over the story is read); a
// sentence under the headline and an update's strip are left alone.
func TestTextHeadStrip(t *testing.T) {
	story := shedFirst + shedSecond + shedThird
	for _, c := range []struct {
		name, head, published string
	}{
		{"the reading time first", shedTitle + "Jane Doe\n5 min read · Dec 19, 2025\n", "2025-12-19"},
		{"a category before a bar", shedTitle + "In Guides | December 19, 2025\n", "2025-12-19"},
		{"the name, then on", shedTitle + "Jane Doe on Dec 19, 2025\n", "2025-12-19"},
		{"the date, a name and the comments", shedTitle + "Dec 19, 2025 / Jane Doe / 3 Comments\n", "2025-12-19"},
		{"the strip alone over the story", "5 min read · Dec 19, 2025\n", "2025-12-19"},
		{"leave alone: a sentence under the headline", shedTitle + "The workshop opens on December 19, 2025 at the community hall.\n", ""},
		{"leave alone: a line opening with a phrase", shedTitle + "Sale ends December 19, 2025\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(shedMenu+c.head+story, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published {
				t.Errorf("published %q from %q, want %q (title %q)", a.Published, a.PublishedFrom, c.published, a.Title)
			}
		})
	}
}
