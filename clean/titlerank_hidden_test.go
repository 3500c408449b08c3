package clean

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/internal/titlerank"
)

// streamedStory is an invented page rendered by streaming: the shell (a
// sale banner set as a heading) is shown, the story with its headline sits
// in a hidden container a script reveals.
const streamedStory = `<!doctype html><html><head>
<meta property="og:title" content="How to choose a pillow for sleeping on your side | Quiet Nights">
<meta property="og:site_name" content="Quiet Nights">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/pillows">Pillows</a></li><li><a href="/duvets">Duvets</a></li><li><a href="/guides">Guides</a></li></ul></nav>
<div class="banner"><h5>WINTER SALE: SAVE ON BETTER SLEEP</h5>
<p>Save up to a fifth on pillows and duvets with free delivery on orders over fifty pounds, this week only, while stocks last in the shops.</p></div>
<div hidden id="S:0"><article>
<h1>How to choose a pillow for sleeping on your side</h1>
<p>Side sleepers need a pillow that fills the gap between the ear and the shoulder, so that the neck stays level with the spine through the night and wakes without an ache.</p>
<p>A pillow that is too thin lets the head drop towards the mattress, and one that is too thick bends the neck upwards; both strain the muscles that hold the head.</p>
<p>Measure the distance from the base of your neck to the edge of your shoulder, and look for a pillow whose height under the weight of your head is close to it.</p>
<p>Memory foam keeps its height through the night, while feather and down pillows flatten and need shaking, which some sleepers like and others do not.</p>
</article></div>
</body></html>`

// modalHeading is an invented page whose story is shown and whose hidden
// sign-up box has a heading of its own.
const modalHeading = `<!doctype html><html><head>
<title>Night buses to run on the coast road | Coast Courier</title>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/buses">Buses</a></li><li><a href="/roads">Roads</a></li><li><a href="/guides">Guides</a></li></ul></nav>
<div hidden class="modal"><h1>Join our newsletter for the week's best stories</h1></div>
<article>
<h1>Night buses to run on the coast road</h1>
<p>The county council said on Monday that two night buses will run along the coast road from the spring, stopping at every village between the harbour and the station.</p>
<p>The buses will leave the station every hour from eleven at night until four in the morning, and the fares will be the same as during the day, the council added.</p>
<p>Drivers will be hired from the company that runs the day service, which said it had enough staff for the first months and would train more over the winter.</p>
<p>Workers at the harbour and the hospital had asked for a late service for years, and the council found the money in its budget for roads this autumn.</p>
</article>
</body></html>`

// TestTitleHiddenStory checks that the headline of a story streamed into a
// hidden container is a candidate and the title, and that a hidden
// heading beside a shown story is neither.
func TestTitleHiddenStory(t *testing.T) {
	for _, c := range []struct {
		page, title, hidden string
		candidate           bool
	}{
		{streamedStory, "How to choose a pillow for sleeping on your side", "How to choose a pillow for sleeping on your side", true},
		{modalHeading, "Night buses to run on the coast road", "Join our newsletter for the week's best stories", false},
	} {
		res, err := HTML([]byte(c.page), "text/html; charset=utf-8", &Options{URL: "https://news.example/story"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != c.title {
			t.Errorf("Title = %q, want %q", res.Title, c.title)
		}
		cands, err := titlerank.Candidates([]byte(c.page), "https://news.example/story")
		if err != nil {
			t.Fatal(err)
		}
		h1 := slices.Index(titlerank.Names, "h1")
		found := slices.ContainsFunc(cands, func(x titlerank.Candidate) bool { return x.Text == c.hidden && x.X[h1] == 1 })
		if found != c.candidate {
			t.Errorf("hidden <h1> %q among the candidates as an <h1>: %v, want %v", c.hidden, found, c.candidate)
		}
	}
}
