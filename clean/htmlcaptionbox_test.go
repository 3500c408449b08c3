package clean

import (
	"strings"
	"testing"
)

// TestDropCaptionBoxes: a kept <p> in a caption's box (the box named two
// levels up, a credit inside it) and a WordPress caption paragraph are
// labelled captions; a story wrapped whole in an element named
// "entry-caption" keeps its paragraphs (the box holds more than three
// blocks), as do a long block in a caption box, a block an earlier stage
// labelled, a dropped one, a class that only contains the letters
// ("captionless" is one word, not "caption"), and a shop's small print in a
// type-size class ("wt-text-caption") with no picture by it.
func TestDropCaptionBoxes(t *testing.T) {
	story := "The harbour master said the ferry would run every hour from March, and the old pier would close."
	long := strings.Repeat("word ", maxCaptionWords+1)
	src := `<html><body><article>
<p>` + story + `</p>
<figure><img src="a.jpg"><div class="credit-caption"><div class="caption-wrap"><p>The old pier at dawn. <b class="credit">Jane Doe/Getty Images</b></p></div></div></figure>
<p>` + story + `</p>
<div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">Ferries in the harbour last June.</p></div>
<div class="captionless"><p>A line in a box named captionless.</p></div>
<div class="photo-caption"><img src="c.jpg"><p>` + long + `</p></div>
<div class="image-caption"><img src="d.jpg"><p>A caption an earlier stage labelled.</p></div>
<div class="image-caption"><img src="e.jpg"><p>A caption the detector dropped.</p></div>
</article>
<div id="shop"><div><div><section><div><h2>Shipping</h2></div><div><p class="wt-text-caption">Returns and exchanges accepted within thirty days.</p></div></section></div></div></div>
<div class="entry-caption"><p>First wrapped paragraph.</p><p>Second wrapped paragraph.</p><p>Third wrapped paragraph.</p><p>Fourth wrapped paragraph.</p></div>
</body></html>`
	p := htmlTestPage(t, src)
	drop := dropFor(p, "A caption the detector dropped.")
	for i := range p.blocks {
		if p.blocks[i].Text == "A caption an earlier stage labelled." {
			p.labelAs(i, Other, "test")
		}
	}
	p.dropCaptionBoxes(drop)
	want := map[string]string{
		"The old pier at dawn. Jane Doe/Getty Images":        "caption model/html-caption",
		"Ferries in the harbour last June.":                  "caption model/html-caption",
		"A line in a box named captionless.":                 " ",
		"Returns and exchanges accepted within thirty days.": " ",
		strings.TrimSpace(long):                              " ",
		"A caption an earlier stage labelled.":               "other test",
		"A caption the detector dropped.":                    " ",
		story:                                                " ",
		"First wrapped paragraph.":                           " ",
		"Fourth wrapped paragraph.":                          " ",
	}
	seen := 0
	for i, b := range p.blocks {
		w, ok := want[strings.TrimSpace(b.Text)]
		if !ok {
			continue
		}
		seen++
		if got := string(b.Kind) + " " + b.Rule; got != w {
			t.Errorf("%q: %q, want %q", b.Text, got, w)
		}
		if labelled := b.Rule == "model/html-caption"; labelled != drop[i] && b.Text != "A caption the detector dropped." {
			t.Errorf("%q: drop %v, labelled %v", b.Text, drop[i], labelled)
		}
	}
	if seen < len(want) {
		t.Errorf("found %d of the %d blocks", seen, len(want))
	}
}

// TestHTMLCaptionBoxRemoved: through the whole HTML path, a photo's
// caption printed as a <p> in a caption box between story paragraphs
// leaves the body and becomes its picture's caption.
func TestHTMLCaptionBoxRemoved(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Ferry times change</title></head><body><article><h1>Ferry times change</h1>`)
	for i, w := range []string{"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"} {
		b.WriteString("<p>" + w + " paragraph of the story: the harbour master said the ferry would run every hour from March, and the old pier would close for repairs over the summer.</p>\n")
		if i == 2 {
			b.WriteString(`<div class="media"><img src="https://example.com/pier.jpg" alt=""><div class="image-caption"><p>The old pier, which will close for repairs in the summer, seen from the ferry.</p></div></div>`)
		}
	}
	b.WriteString("</article></body></html>")
	res, err := HTML([]byte(b.String()), "text/html", nil)
	if err != nil {
		t.Fatal(err)
	}
	const caption = "The old pier, which will close for repairs in the summer, seen from the ferry."
	found := false
	for _, bl := range res.Blocks {
		if bl.Text == caption {
			found = true
			if bl.Kind != Caption {
				t.Errorf("the caption is %q (%q), want %q", bl.Kind, bl.Rule, Caption)
			}
		}
	}
	if !found {
		t.Fatalf("no block %q", caption)
	}
}
