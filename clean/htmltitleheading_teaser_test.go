package clean

import (
	"strings"
	"testing"
)

// TestKeepTitleHeadingNotTeaser shows keepTitleHeading keeping a teaser
// strip's heading above the story, a link to another page (a follow-up
// whose headline holds this one's), as the page's headline: the walk from
// the first kept prose crosses the strip's container and the story's own
// head, so the follow-up's headline becomes the title.
func TestKeepTitleHeadingNotTeaser(t *testing.T) {
	const headline = "Lock keepers vote to open the gates earlier"
	for _, c := range []struct{ name, strip string }{
		{"a ticker's <h3>", `<div class="ticker"><h3 class="teaser-title"><a href="/2025/04/lock-keepers-what-boaters-say">` + headline + `: what boaters say</a></h3></div>`},
		{"a latest strip's <h4>", `<div class="latest"><span class="label">Latest</span><h4><a href="/2025/04/lock-keepers-live">` + headline + ` – live updates</a></h4></div>`},
		{"a series box's <h5>", `<section class="series"><h5 class="card-title"><a href="/2025/04/lock-keepers-explained">` + headline + `, explained</a></h5></section>`},
	} {
		src := `<html><head><title>` + headline + ` | Canal Notes</title></head><body><header><a href="/">Canal Notes</a><nav><a href="/boats">Boats</a> <a href="/locks">Locks</a> <a href="/moorings">Moorings</a></nav></header>` +
			c.strip + `<div class="post"><div class="byline">By Ada Marsh</div>` + titleHeadingStory + `</div><footer>© 2025 Canal Notes</footer></body></html>`
		res, err := HTML([]byte(src), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != headline {
			t.Errorf("%s: title %q, want %q", c.name, res.Title, headline)
		}
		for _, b := range res.Blocks {
			if b.Kind == Title && strings.TrimSpace(b.Text) != headline {
				t.Errorf("%s: %q labelled the title by %q", c.name, b.Text, b.Rule)
			}
		}
	}
}

// TestKeepTitleHeadingLinkedToItself shows keepTitleHeading keeping a
// heading that is wholly a link when the link leads to the page itself
// (a blog's post title linked to its permalink, the page's address from
// its canonical link), and refusing the same heading linked elsewhere.
func TestKeepTitleHeadingLinkedToItself(t *testing.T) {
	const headline = "Lock keepers vote to open the gates earlier"
	const self = "https://canalnotes.example/2025/04/lock-keepers-vote.html"
	for _, c := range []struct {
		href string
		want bool
	}{
		{self, true},
		{"/2025/04/lock-keepers-vote.html", true},
		{"https://www.canalnotes.example/2025/04/lock-keepers-vote.html/", true},
		{"/2025/04/lock-keepers-explained.html", false},
		{"https://canalnotes.example/2025/04/lock-keepers-vote.html#comments", false},
	} {
		src := `<html><head><title>` + headline + ` | Canal Notes</title><link rel="canonical" href="` + self + `"></head><body><header><a href="/">Canal Notes</a><nav><a href="/boats">Boats</a> <a href="/locks">Locks</a></nav></header>` +
			`<div class="ticker"><h3 class="post-title"><a href="` + c.href + `">` + headline + `</a></h3></div><div class="post"><div class="byline">By Ada Marsh</div>` + titleHeadingStory + `</div><footer>© 2025 Canal Notes</footer></body></html>`
		res, err := HTML([]byte(src), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, b := range res.Blocks {
			if b.Kind == Title && strings.TrimSpace(b.Text) == headline {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("heading linked to %q: the Title block %v, want %v", c.href, got, c.want)
		}
	}
}
