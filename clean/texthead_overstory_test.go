package clean

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
)

// overStoryPage is an invented page whose lines over the story are a
// country menu the story detector reads as not story, with the headline
// last among them; a question heading inside the story has as good a
// shape, more of the story's words and prose right under it.
const overStoryPage = `Skip to main content
Products
Resource centre
Western Europe
Belgique & Luxembourg
Eastern Europe
Asia & Pacific
For all other countries
Global Website
Home Products Resource centre Safety Tips for Small Workshops
Safety Tips for Small Workshops
Accidents in a small workshop are rarely dramatic: a loose guard, a cable across the floor, a blade left on the bench after a long day of orders and repairs.
Most of them can be prevented with habits that cost nothing, and the owners who keep them say that the hour a week they spend on it pays for itself many times over.
Why is safety so important for small workshops?
A small workshop has no safety officer, so every habit rests on the owner, and one injury can close the doors for weeks while the orders go to a rival down the road.
Insurers ask about the same habits, and a workshop that can show them often pays less for its cover than one that cannot, which matters in a lean year.
Keep the floor clear
Cables, offcuts and boxes on the floor cause more falls than anything else, and a clear floor also makes it easier to move long stock through the shop safely.
`

// TestHeadlineOverStory checks the two features of a candidate's place
// against the story detector's first paragraph: over-story on the lines
// above it only, last-over on the closest of them only.
func TestHeadlineOverStory(t *testing.T) {
	cands, err := headline.Candidates([]byte(overStoryPage), "")
	if err != nil {
		t.Fatal(err)
	}
	over, last := slices.Index(headline.Names, "over-story"), slices.Index(headline.Names, "last-over")
	if over < 0 || last < 0 {
		t.Fatalf("features %v", headline.Names)
	}
	var overs, lasts []string
	for _, c := range cands {
		if c.X[over] == 1 {
			overs = append(overs, c.Text)
		}
		if c.X[last] == 1 {
			lasts = append(lasts, c.Text)
		}
	}
	if !slices.Contains(overs, "Safety Tips for Small Workshops") || slices.Contains(overs, "Why is safety so important for small workshops?") {
		t.Errorf("over the story: %q", overs)
	}
	if len(lasts) != 1 || lasts[0] != "Safety Tips for Small Workshops" {
		t.Errorf("last over the story: %q, want only the headline", lasts)
	}
}
