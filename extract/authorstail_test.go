package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// tailSignedPage is a travel blog's post as flattened text, unsigned
// under its headline and signed under the story, past a closing line, the
// post's categories and tags and its share buttons: FOOT stands for what
// follows the story.
const tailSignedPage = `Home
Destinations
Travel Guides
Ten Days in the Lake District: A First-Timer's Itinerary
Last updated on March 12, 2026
The Lake District rewards slow travel: the fells are close together, the buses are frequent, and most villages are a short walk from the next one along the shore.
Plan on three bases rather than ten nights in one place, so that each day starts near the walks you came for and ends near a warm pub and a dry bed.
Book the lake steamers a day ahead in summer, and keep a rain layer in the bag even when the morning looks clear, because the weather turns fast on the tops.
FOOT`

// TestAuthorsSignedUnderStory checks a byline that signs off under the
// story of flattened text a few lines down, past a closing line, the
// categories, the tags and the share buttons, as the only byline there: the article
// takes its name; and the pages it must leave alone: two bylines there
// (other stories' cards), a byline far below the story.
func TestAuthorsSignedUnderStory(t *testing.T) {
	const foot = "Enjoy the fells!\nFiled under: Guides, England, Walking\nTags: fells, lakes, walking\nShare this post\nPin it for later\n"
	filler := strings.Repeat("Share on Facebook\nShare on X\n", 4)
	for _, c := range []struct {
		name, foot string
		want       []string
	}{
		{"past the categories, the tags, the share buttons", foot + "Written by Maria Wrenley\nHi there! I write about slow travel and long walks.\n", []string{"Maria Wrenley"}},
		{"leave alone: two bylines, other stories' cards", foot + "Written by Maria Wrenley\nWritten by Tomas Berg\n", nil},
		{"leave alone: far below the story", foot + filler + "Written by Maria Wrenley\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(strings.Replace(tailSignedPage, "FOOT", c.foot, 1), nil)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Authors, c.want) {
				t.Errorf("authors %q, want %q", a.Authors, c.want)
			}
		})
	}
}
