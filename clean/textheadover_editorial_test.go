package clean

import (
	"strings"
	"testing"
)

// policyCardPage is a story signed with an author card, as some publishing
// systems print it: the headline, the standfirst, "By" over the writer's
// name (printed twice), a note about the writer, the link to the site's
// editorial policy (POLICY), the date line and a contents box over the
// story, whose entries the story prints again as its headings.
const policyCardPage = `Skip to content
Harbour Kitchen
Recipes
Techniques
Equipment
Get fresh recipes and tips in your inbox!
Email Address
About Us
Contact Us
We test everything we recommend. If you buy through our links we may earn a commission.
I Cooked Rice in Nine Cheap Pots to Find the One That Never Burns
Our favourite is a thick steel pot that costs less than a takeaway dinner.
By
Mara Lindqvist
Mara Lindqvist
Mara Lindqvist is a cook and writer who has burnt more rice than she likes to admit.
POLICY
Updated March 4, 2026
In This Article
View All
In This Article
Why a pot matters
How we tested
Our pick
Why a pot matters
A pot for rice needs a heavy base that spreads the heat, a lid that fits and a handle you can hold without a cloth, and most cheap pots miss at least one of the three.
How we tested
We cooked the same long-grain rice in each pot three times, on gas and on an induction ring, and noted which ones left a crust on the bottom and which ones boiled over.
Our pick
The thick steel pot won on every count, and the thin enamel one came last, with a black ring on its base after the first test.
`

// TestOverEditorialNote checks that headOver, handed a link to the site's
// editorial policy under an author card, gives the headline over the card,
// whether the link is printed on one line or broken in two (the second
// line the link's last words). Which lines are no such link is
// TestEditorialNote's.
func TestOverEditorialNote(t *testing.T) {
	const head = "I Cooked Rice in Nine Cheap Pots to Find the One That Never Burns"
	for _, c := range []struct{ name, policy, taken, want string }{
		{"one line", "Harbour Kitchen's Editorial Guidelines", "Harbour Kitchen's Editorial Guidelines", head},
		{"broken in two", "Learn about Harbour Kitchens'\nEditorial Process", "Learn about Harbour Kitchens'", head},
	} {
		page := strings.Replace(policyCardPage, "POLICY", c.policy, 1)
		if got := takenOver(t, page, c.taken, headOverLine); got != c.want {
			t.Errorf("%s: headOver took %q, want %q", c.name, got, c.want)
		}
	}
}

// TestEditorialNote checks which lines read as a link to a site's
// editorial policy: the site's name in the possessive before it, on the
// line or broken over two.
func TestEditorialNote(t *testing.T) {
	for _, c := range []struct {
		lines string
		want  bool
	}{
		{"Harbour Kitchen's Editorial Guidelines", true},
		{"Learn about Harbour Kitchens' Editorial Process", true},
		{"Learn about Harbour Kitchens'\nEditorial Process", true},
		{"Harbour Kitchen’s Editorial Policy", true},
		// Not a link to the policy: no site named in the possessive.
		{"Editorial Guidelines", false},
		{"Our Editorial Guidelines", false},
		{"Careers\nEditorial Guidelines", false},
		{"Why Editorial Process Matters for Small Newsrooms", false},
	} {
		p := &Page{}
		for _, l := range strings.Split(c.lines, "\n") {
			p.blocks = append(p.blocks, Block{Text: l})
		}
		if got := p.editorialNote(0); got != c.want {
			t.Errorf("editorialNote(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}
