package clean

import (
	"strings"
	"testing"
)

// laptopPage is a buying guide whose contents box, printed over the
// headline, has an entry that says more of the address's slug's words
// than the headline does; only the headline has a date
// line and a byline under it; the story prints the contents' entries
// again as its headings.
const laptopPage = `Skip to content
We independently review everything we recommend.
In this guide we cover
Choosing a cheap laptop or a tablet
Quick summary: the best cheap laptops under $500
Best Chromebook under $500
How we picked and tested
Computers
Cheap Laptops Under $500, Tested and Ranked
Updated January 16, 2026
Photo: Lee Park
By Dana Whitfield
Dana Whitfield has written about laptops and phones for a decade, and once typed a whole novel on a keyboard she had built from spare parts.
A cheap laptop should still have a good keyboard, a screen you can read outside and a battery that lasts a working day, and most machines at this price miss one of the three.
We spent sixty hours with fourteen laptops, typing, streaming and running the same tests on each, before we picked the four that do all three well enough.
The research
Choosing a cheap laptop or a tablet
Our picks are for anyone who cannot spend more than $500 on a laptop and wants one for mail, video calls and the odd spreadsheet.
Quick summary: the best cheap laptops under $500
Our pick has the best keyboard of the group and a screen bright enough for a train platform, and it costs less than the one we chose last year.
`

// TestSlugLineSignedOverContents checks that the slug rule takes the
// headline a date line signs over a contents entry above it that says the
// slug's words as well; that a headline printed twice, once glued to the
// site's name and a trail over its byline, keeps its print right over the
// story; and that where the slug rule's own line is signed nothing moves.
func TestSlugLineSignedOverContents(t *testing.T) {
	const laptops = "https://example.com/reviews/best-cheap-laptop-under-500/"
	glued := `Get a quote
About
Blog
Gadget Desk | Blog | Blog | Best Windows Laptops Under $500 Tested
By : Gadget Desk
Best Windows Laptops Under $500 Tested
` + laptopPage[strings.Index(laptopPage, "A cheap laptop"):strings.Index(laptopPage, "The research")]
	teaser := `Home
Recipes
Quick Weeknight Lentil Soup
By Ana Ruiz
A pot of lentil soup takes half an hour from the first onion to the table, and most of that time the pot looks after itself while you do something else.
Red lentils melt into the broth and make it thick without cream; brown ones keep their shape and want ten minutes more on the stove.
Season it at the end, with lemon and salt, and it keeps for four days in the fridge and gets better each day.
More soups
Lentil Soup for a Weeknight Crowd
March 2, 2026
`
	for _, c := range []struct {
		name, page, url, want string
	}{
		{"contents entry over the signed headline", laptopPage, laptops, "Cheap Laptops Under $500, Tested and Ranked"},
		{"headline glued to a trail over its byline", glued, laptops, "Best Windows Laptops Under $500 Tested"},
		{"signed slug line stays", teaser, "https://example.com/recipes/weeknight-lentil-soup/", "Quick Weeknight Lentil Soup"},
	} {
		page := strings.ReplaceAll(c.page, "\n", "\n\n")
		if got := genericTitle(t, page, c.url); got != c.want {
			t.Errorf("%s: title %q, want %q", c.name, got, c.want)
		}
	}
}
