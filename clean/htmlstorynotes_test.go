package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

func TestDropStoryNotesHTML(t *testing.T) {
	long := para + para + para
	story := `<p>Harbour crews rebuilt the north pier over the winter, and the ferry now docks there again` + para + `</p>
<p>Second` + long + `</p><p>Third` + long + `</p><p>Fourth` + long + `</p><p>Fifth` + long + `</p><p>Sixth` + long + `</p><p>Seventh` + long + `</p>`
	for _, c := range []struct {
		name, tail string
		related    string // the first words of the blocks labelled related
		rule       string // the last block's rule when it is a note, "" when it is not
	}{
		{"a list the reader will love", `<h3>You’ll Also Love...</h3><p>How one crew rebuilt a pier in a month</p>
<p>Ten ferries worth a day trip this summer</p>`, "You’ll How Ten", "model/html-related"},
		{"a writer's note", `<p>Jane Roe is a freelance travel writer and the editor of Harbour Weekly, based in Bristol.</p>`, "", "model/html-bio"},
		{"a form's consent box", `<p>By signing up, you agree to receive the harbour newsletter by email and to our privacy policy.</p>`, "", "model/html-form"},
		{"a firm's standing notice", `<p>Harbour Wealth, LLC is a Registered Investment Adviser. Past performance is no guarantee of future results, and this post does not provide tax or legal advice.</p>`, "", "model/html-notice"},
		{"the story's own heading", `<h3>Related findings from the survey</h3><p>Closing` + para + `</p>`, "", ""},
		{"the story's closing line", `<p>The ferry runs twice a day until October, weather allowing.</p>`, "", ""},
	} {
		p := htmlTestPage(t, `<html><body><article>`+story+c.tail+`</article></body></html>`)
		_, shapes := blockfeat.HTMLShapes(p.in.doc.Blocks, &p.in.doc.Meta, "")
		drop := make([]bool, len(p.blocks))
		p.dropStoryNotesHTML(drop, shapes)
		var got []string
		for i := range p.blocks {
			if p.blocks[i].Kind == Related {
				got = append(got, strings.Fields(p.blocks[i].Text)[0])
			}
		}
		if g := strings.Join(got, " "); g != c.related {
			t.Errorf("%s: related blocks %q, want %q", c.name, g, c.related)
		}
		last := len(p.blocks) - 1
		if got := p.blocks[last].Rule; got != c.rule || drop[last] != (c.rule != "") {
			t.Errorf("%s: the last block %q labelled by %q (dropped %v), want %q", c.name, p.blocks[last].Text, got, drop[last], c.rule)
		}
		for i := 0; i < 7; i++ {
			if p.blocks[i].Kind != "" || drop[i] {
				t.Errorf("%s: the story's paragraph %d labelled %q", c.name, i, p.blocks[i].Kind)
			}
		}
	}
}
