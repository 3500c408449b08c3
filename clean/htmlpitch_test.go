package clean

import (
	"strings"
	"testing"
)

// TestCutPitchTailsHTML: on an HTML page a kept paragraph's closing pitch
// is cut off into a block of its own, labelled, with the paragraph's
// line; a block that is the pitch alone is labelled whole; a story's
// sentence about a newsletter, and a block an earlier stage labelled,
// stay as they are.
func TestCutPitchTailsHTML(t *testing.T) {
	story := "The harbour master said the ferry would run every hour from March, and the old pier would close."
	src := `<html><body><article>
<p>` + story + ` Subscribe to our newsletter for more. It's free.</p>
<p>` + story + ` Readers can subscribe to the port's newsletter for the timetable.</p>
<h3>Follow us on Telegram</h3>
<p>` + story + ` Support independent journalism.</p>
</article></body></html>`
	p := htmlTestPage(t, src)
	p.labelAs(3, Other, "test") // the last paragraph, labelled before
	p.cutPitchTailsHTML()
	var got []string
	for _, b := range p.blocks {
		got = append(got, b.Text+" |"+string(b.Kind)+"|"+b.Rule)
	}
	const rule = "|subscribe|model/html-call-sentence"
	want := []string{
		story + " ||",
		"Subscribe to our newsletter for more. It's free. " + rule,
		story + " Readers can subscribe to the port's newsletter for the timetable. ||",
		"Follow us on Telegram " + rule,
		story + " Support independent journalism. |other|test",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("blocks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if p.blocks[1].Line != p.blocks[0].Line || p.blocks[1].Col != len(story)+1 {
		t.Errorf("the cut pitch at line %d col %d, want line %d col %d", p.blocks[1].Line, p.blocks[1].Col, p.blocks[0].Line, len(story)+1)
	}
}

// TestHTMLPitchRemoved: through the whole HTML path, the pitch closing a
// story's last paragraph leaves the story for the removed blocks (rule
// model/html-call-sentence), the paragraph's story sentences stay, and
// every block's text is still the page's, once.
func TestHTMLPitchRemoved(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Ferry times change</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry times change</h1>`)
	for _, w := range []string{"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"} {
		b.WriteString("<p>" + w + " paragraph of the story: the harbour master said the ferry would run every hour from March, and the old pier would close for repairs over the summer.</p>\n")
	}
	const last = "The council will vote on the new timetable next week, after a month of public meetings along the coast."
	const pitch = "Follow us on Telegram for more harbour news."
	b.WriteString("<p>" + last + " " + pitch + "</p></article><footer><p>© Harbour Herald</p></footer></body></html>")
	res, err := HTML([]byte(b.String()), "text/html", nil)
	if err != nil {
		t.Fatal(err)
	}
	var keptLast, cut bool
	for _, bl := range res.Blocks {
		switch {
		case bl.Text == last && !bl.Kind.IsClutter():
			keptLast = true
		case bl.Text == pitch:
			cut = bl.Kind == Subscribe && bl.Rule == "model/html-call-sentence"
		case strings.Contains(bl.Text, pitch):
			t.Errorf("the pitch stayed in block %q (%q, %q)", bl.Text, bl.Kind, bl.Rule)
		}
	}
	if !keptLast || !cut {
		t.Errorf("story sentence kept %v, pitch cut and labelled %v", keptLast, cut)
	}
}

// TestCutBlockKeepsPlaces: after a stage cuts a block's end off, a
// picture further down stands before the block that follows it in the
// result (Image.Before counts the result's blocks, not the walker's), and
// the cut paragraph keeps the links of the part it keeps.
func TestCutBlockKeepsPlaces(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Ferry times change</title></head><body><article><h1>Ferry times change</h1>`)
	for _, w := range []string{"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"} {
		b.WriteString("<p>" + w + " paragraph of the story: the harbour master said the ferry would run every hour from March, and the old pier would close for repairs over the summer.</p>\n")
	}
	b.WriteString(`<p>The <a href="/council">council</a> will vote on the new timetable next week, after a month of public meetings along the coast. Follow us on Telegram for more harbour news.</p>`)
	b.WriteString(`<img src="/pier.jpg" width="600" height="400" alt="The old pier">`)
	b.WriteString(`<p>Last paragraph of the story: the new pier opens in the autumn, the harbour master said, if the weather holds through the works.</p></article></body></html>`)
	res, err := HTML([]byte(b.String()), "text/html", nil)
	if err != nil {
		t.Fatal(err)
	}
	cutAt, lastAt := -1, -1
	for i, bl := range res.Blocks {
		switch {
		case strings.HasPrefix(bl.Text, "The council will vote"):
			cutAt = i
		case strings.HasPrefix(bl.Text, "Last paragraph"):
			lastAt = i
		}
	}
	if cutAt < 0 || lastAt != cutAt+2 || res.Blocks[cutAt+1].Rule != "model/html-call-sentence" {
		t.Fatalf("the paragraph at %d, its pitch %q after it, the last paragraph at %d: want the pitch cut between them", cutAt, res.Blocks[min(cutAt+1, len(res.Blocks)-1)].Text, lastAt)
	}
	if len(res.Images) != 1 || res.Images[0].Before != lastAt {
		t.Errorf("images %+v, want one before block %d", res.Images, lastAt)
	}
	cut := res.Blocks[cutAt]
	if cut.HTML == nil || cut.HTML.Role == nil || len(cut.HTML.Role.Inline) != 1 || cut.HTML.Role.Inline[0].Href != "/council" ||
		cut.Text[cut.HTML.Role.Inline[0].Start:cut.HTML.Role.Inline[0].End] != "council" {
		t.Errorf("the cut paragraph's links: %+v", cut.HTML)
	}
}
