package clean

import (
	"strings"
	"testing"
)

// TestHeadDateEntryCard: a date alone under another page's linked headline
// (a teaser card of a "More stories" list that prints headline and date
// side by side) is not the date line; a date under the page's own
// headline, linked or not, or under a subheading of the story still is.
func TestHeadDateEntryCard(t *testing.T) {
	p := "<p>" + strings.Repeat("The council met on the matter again and the works went on as planned. ", 4) + "</p>"
	story := p + p + p
	for _, c := range []struct {
		name, page, want string
	}{
		{"leave alone: a card of another story under the byline",
			`<h1>Works go on</h1><p>By Jane Doe</p>` +
				`<label>More stories like this one</label><div class="row"><a href="/older-works"><img src="/a.jpg" alt=""></a>` +
				`<div class="desc"><label>Local news</label><a href="/older-works"><h5>Older works begin on the bridge</h5></a><p class="info">November 16, 2016</p></div></div>` + story, ""},
		{"the date under the page's own headline, linked to the page",
			`<h2 class="entry-title"><a href="/works-go-on">Works go on</a></h2><p>March 12, 2024</p>` + story, "2024-03-12"},
		{"the date under an unlinked subheading of the story",
			`<h1>Works go on</h1><h2>The council's plan for the bridge</h2><p>March 12, 2024</p>` + story, "2024-03-12"},
		{"the date under the page's h1, linked to the page",
			`<h1><a href="/works-go-on">Works go on</a></h1><div><p>March 12, 2024</p></div>` + story, "2024-03-12"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<!doctype html><html><head><title>Works go on</title></head><body><main><article>" + c.page + "</article></main></body></html>"
			res, err := HTML([]byte(page), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := dayOf(res.Meta.LineAt); got != c.want {
				t.Errorf("LineAt %q, want %q", got, c.want)
			}
		})
	}
}

// TestMarkedDateTeaserItem: a marked date in a related-posts card that
// prints another page's linked headline, its blurb, author and date in
// sibling elements is that page's, not the page's marked date; the
// page's own marked date in a box by its headline (with a short linked
// section heading) still is.
func TestMarkedDateTeaserItem(t *testing.T) {
	p := "<p>" + strings.Repeat("The council met on the matter again and the works went on as planned. ", 4) + "</p>"
	story := p + p + p
	card := func(head, day string) string {
		return `<div role="listitem"><div class="item"><a href="/other"><h3>` + head + `</h3></a>` +
			`<div class="summary">A look at how the bridge works went last year, and what comes next for the town.</div>` +
			`<div class="tags"><div>Guides</div><div>Town</div></div>` +
			`<div class="who"><div class="name">Jane Roe</div><div class="post-date">` + day + `</div></div></div></div>`
	}
	for _, c := range []struct {
		name, page, want string
	}{
		{"a related card's date",
			`<h1>Works go on</h1>` + story + `<section><h2>Related Posts</h2><div role="list">` +
				card("Older works begin on the bridge", "December 2, 2025") + card("The ferry timetable for the winter", "December 15, 2025") + `</div></section>`, ""},
		{"leave alone: the page's date in a box under the headline",
			`<h1>Works go on</h1><div class="meta-box"><div class="name">Jane Doe</div><div class="post-date">March 3, 2025</div></div>` + story, "2025-03-03"},
		{"leave alone: a box with a short linked section heading",
			`<div class="meta-box"><a href="/local"><h4>Local news</h4></a><div class="post-date">March 3, 2025</div></div><h1>Works go on</h1>` + story, "2025-03-03"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := "<!doctype html><html><head><title>Works go on at the old bridge</title></head><body><main><article>" + c.page + "</article></main></body></html>"
			res, err := HTML([]byte(page), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := dayOf(res.Meta.MarkedAt); got != c.want {
				t.Errorf("MarkedAt %q, want %q", got, c.want)
			}
		})
	}
}
