package clean

import "testing"

// TestHeadDateInBanner: a date line in a block taken for an ad (a "hero
// banner" around the headline) is read as the date line when it would be
// read in any other block that may not hold one: alone, labelled, or by
// the title; an ad's date elsewhere is not.
func TestHeadDateInBanner(t *testing.T) {
	for _, c := range []struct {
		name, page, want string
	}{
		{"the date and reading time under the headline, in a banner",
			`<html><body><main><div class="hero-banner"><h1>Works go on</h1><p>March 12, 2024 | 14 min read</p></div>` + storyBody + `</main></body></html>`, "2024-03-12"},
		{"the date alone above the headline, in a banner",
			`<html><body><main><div class="banner"><p>March 12, 2024</p><p>6 min read</p></div><h1>Works go on</h1>` + storyBody + `</main></body></html>`, "2024-03-12"},
		{"leave alone: an ad's offer with a date, away from the title",
			`<html><body><main><h1>Works go on</h1><p>By Jane Doe</p><p>In Local News</p><div class="promo"><p>Save 20% on a subscription until March 31, 2024 with our spring offer</p></div>` + storyBody + `</main></body></html>`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := HTML([]byte(c.page), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := dayOf(res.Meta.LineAt); got != c.want {
				t.Errorf("LineAt %q, want %q", got, c.want)
			}
		})
	}
}

// storyBody is a story of three paragraphs.
const storyBody = `<article><p>The council met on the matter again and the works went on as planned, said the members who spoke after the long meeting.</p>` +
	`<p>The council met on the matter again and the works went on as planned, said the members who spoke after the long meeting.</p>` +
	`<p>The council met on the matter again and the works went on as planned, said the members who spoke after the long meeting.</p></article>`

// TestHeadDateBylineStrip: a byline strip opening with "By" gives its date
// further in than four words, after a role, a section or a second name.
func TestHeadDateBylineStrip(t *testing.T) {
	for _, c := range []struct {
		name, head, want string
	}{
		{"a role before the date", `<div class="byline">By <a href="/a/jane">Jane Doe</a>, Staff Writer &middot; March 12, 2024 at 10:15 a.m. EDT</div>`, "2024-03-12"},
		{"a section before the date", "<div>by Jane Doe<br>in Festivals &amp; Events<br>on Dec 17, 2025</div>", "2025-12-17"},
		{"two names, the date after a comma", "<div>by Jane Doe and John Roe, Global Commons, May 2nd 202511 mins</div>", "2025-05-02"},
		{"leave alone: a date after another word", "<div>By Jane Doe and John Roe, Global Commons Sponsored May 2, 2025</div>", ""},
		{"German", "<div>Von Anna Schmidt, Redakteurin, 12. März 2024</div>", "2024-03-12"},
		{"leave alone: a strip that does not open with a byline", "<div>Jane Doe, Staff Writer, wrote in the issue of March 12, 2024</div>", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := HTML([]byte(storyHTML(c.head, "")), "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := dayOf(res.Meta.LineAt); got != c.want {
				t.Errorf("LineAt %q, want %q", got, c.want)
			}
		})
	}
}
