package clean

import (
	"slices"
	"testing"
)

// headBylineOf returns the byline the head's readers give for an invented
// page: its title, then markup, then two paragraphs of story.
func headBylineOf(t *testing.T, markup string) []string {
	t.Helper()
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry timetable changes for winter</title></head><body><article><h1>Ferry timetable changes for winter</h1>` + markup +
		`<p>The harbour authority will cut two of the evening ferry crossings from November, saying that the boats ran almost empty after dark through most of last winter.</p>` +
		`<p>Commuters on the island said the change would leave them with one late boat, and asked for the last crossing to be kept at least on Fridays.</p></article></body></html>`
	r, err := HTML([]byte(page), "text/html; charset=utf-8", nil)
	if err != nil {
		t.Fatal(err)
	}
	return r.Meta.BylineAuthors
}

// Writers' cards in one author box give every writer whose name is a
// link; a role or a rank printed under the name, in no link, is no
// writer, and a card alone gives its one name.
func TestCardCoAuthors(t *testing.T) {
	cases := []struct {
		name, markup string
		want         []string
	}{
		{"two cards, a linked name and a bio each",
			`<div class="authors"><div class="author-card"><a href="/author/mei-tanaka/">Mei Tanaka</a><p>Writes about the coast.</p></div>` +
				`<div class="author-card"><a href="/author/olav-brekke/">Olav Brekke</a><p>Covers the port.</p></div></div>`,
			[]string{"Mei Tanaka", "Olav Brekke"}},
		{"a list of author links",
			`<ul class="story-authors"><li><a href="/author/mei-tanaka/">Mei Tanaka</a></li><li><a href="/author/olav-brekke/">Olav Brekke</a></li></ul>`,
			[]string{"Mei Tanaka", "Olav Brekke"}},
		{"a card, the name in a heading and a role in a paragraph",
			`<div class="author-box"><h4 class="author-box__name">Mei Tanaka</h4><div class="author-box__bio"><p>Former Harbour Pilot</p></div></div>`,
			[]string{"Mei Tanaka"}},
		{"a linked name and a rank under it",
			`<div class="author-info"><a href="/author/mei-tanaka/">Mei Tanaka</a><p class="rank">Senior Board Member</p></div>`,
			[]string{"Mei Tanaka"}},
	}
	for _, c := range cases {
		if got := headBylineOf(t, c.markup); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// A byline over a photographer's credit, which the image detector reads
// as a caption and its credit, is still the byline; a picture's caption
// in a figure is not, whatever its words.
func TestCaptionByline(t *testing.T) {
	byline := `<p class="byline">By Mei Tanaka</p><p class="photo-credit">Photos by Olav Brekke</p>`
	if got, want := headBylineOf(t, byline), []string{"Mei Tanaka"}; !slices.Equal(got, want) {
		t.Errorf("byline over a photo credit: %q, want %q", got, want)
	}
	figure := `<figure class="byline-photo"><img src="/p/ferry.jpg" alt=""><figcaption class="byline">By Olav Brekke</figcaption></figure>`
	if got := headBylineOf(t, figure); len(got) != 0 {
		t.Errorf("a figure's caption: %q, want none", got)
	}
}
