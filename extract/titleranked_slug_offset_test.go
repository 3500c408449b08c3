package extract

import (
	"strings"
	"testing"
)

// Shows: the ranker's title is now normalised inside build, before HTMLBytes cuts its wire slug ("UPDATE 2-"),
// so the title's replacement record gives the name's offset in the uncut title, not in the title the article holds.
func TestRankedTitleReplacementOffsetAfterWireSlug(t *testing.T) {
	const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UPDATE 2-Talks on Nagorny Karabakh resume in Geneva | Harbour Times</title>
<meta property="og:title" content="UPDATE 2-Talks on Nagorny Karabakh resume in Geneva"><meta property="og:site_name" content="Harbour Times"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>UPDATE 2-Talks on Nagorny Karabakh resume in Geneva</h1>
<p>Negotiators met in Geneva on Tuesday to resume talks on the region after a pause of several months, diplomats said after the first session.</p>
<p>The talks are expected to last three days and to cover the return of displaced people and the reopening of roads across the region.</p>
<p>Both delegations described the first session as constructive, though neither gave details of the proposals put forward by the mediators.</p>
</article></main></body></html>`
	a, err := HTMLBytes([]byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Title, "Talks on Nagorno-Karabakh") {
		t.Fatalf("title %q: the fixture no longer gives a slug-cut, normalised ranked title", a.Title)
	}
	found := false
	for _, r := range a.Replacements {
		if r.Field != "title" {
			continue
		}
		found = true
		if want := strings.Index("Talks on Nagorny Karabakh resume in Geneva", r.From); r.Offset != want {
			t.Errorf("title replacement %q at offset %d, want %d (its place in the title the article holds, before normalisation)", r.From, r.Offset, want)
		}
	}
	if !found {
		t.Errorf("no title replacement for %q", a.Title)
	}
}
