package clean

import "testing"

func TestLabelLoneBylines(t *testing.T) {
	meta := &Meta{Authors: []string{"Jane Doe"}}
	blocks := []Block{
		{Text: "How to plan a long move", Kind: Title},
		{Text: para1, Kind: Body},
		{Text: "Written by Jane Doe", Kind: Body}, // the author again, under the story
		{Text: "The Long Road, by John Roe", Kind: Body},
		{Text: "By John Roe", Kind: Body}, // a book's author, not the page's
		{Text: para2, Kind: Body},
	}
	labelLoneBylines(blocks, meta)
	for i, want := range []Kind{Title, Body, Byline, Body, Body, Body} {
		if blocks[i].Kind != want {
			t.Errorf("block %d %q: kind %q, want %q", i, blocks[i].Text, blocks[i].Kind, want)
		}
	}
	if got := blocks[2].Authors; len(got) != 1 || got[0] != "Jane Doe" {
		t.Errorf("the byline's authors: %q, want [Jane Doe]", got)
	}

	// the page's author's byline on each post of a listing: they stay
	var list []Block
	for range maxLoneBylines + 1 {
		list = append(list, Block{Text: para1, Kind: Body}, Block{Text: "By Jane Doe", Kind: Body})
	}
	labelLoneBylines(list, meta)
	for i, b := range list {
		if b.Kind != Body {
			t.Errorf("listing block %d %q: kind %q, want body", i, b.Text, b.Kind)
		}
	}
}

func TestHTMLLoneByline(t *testing.T) {
	// the author's byline again between the guide's sections, away from
	// the title and from the story's end
	story := "<p>" + para1 + "</p><p>" + para2 + "</p><p>" + para3 + "</p>"
	page := `<!doctype html><html><head><title>How to plan a long move</title><meta name="author" content="Jane Doe"></head><body>
<article><h1>How to plan a long move</h1>` + story + story + `<p>Written by Jane Doe</p><h2>Choosing a mover</h2>` + story + story + `</article></body></html>`
	res, err := HTML([]byte(page), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range res.Blocks {
		if b.Text == "Written by Jane Doe" && b.Kind != Byline {
			t.Errorf("the author's byline between the sections is %s:\n%s", b.Kind, dump(res))
		}
	}
}
