package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

func TestDropStoryNotesHTML(t *testing.T) {
	story := `<p>Harbour crews rebuilt the north pier over the winter, and the ferry now docks there again` + para + `</p>
<p>Second` + para + para + para + `</p><p>Third` + para + para + para + `</p><p>Fourth` + para + para + para + `</p><p>Fifth` + para + para + para + `</p><p>Sixth` + para + para + para + `</p><p>Seventh` + para + para + para + `</p>`
	for _, c := range []struct {
		name, tail string
		want       string // the first words of the blocks labelled related
		bio        bool   // the last block is a writer's note
	}{
		{"a list the reader will love", `<h3>You’ll Also Love...</h3><p>How one crew rebuilt a pier in a month</p>
<p>Ten ferries worth a day trip this summer</p>`, "You’ll How Ten", false},
		{"a writer's note", `<p>Jane Roe is a freelance travel writer and the editor of Harbour Weekly, based in Bristol.</p>`, "", true},
		{"the story's own heading", `<h3>Related findings from the survey</h3><p>Closing` + para + `</p>`, "", false},
	} {
		p := htmlTestPage(t, `<html><body><article>`+story+c.tail+`</article></body></html>`)
		_, shapes := blockfeat.HTMLShapes(p.in.doc.Blocks, &p.in.doc.Meta, "")
		drop := make([]bool, len(p.blocks))
		p.dropStoryNotesHTML(drop, shapes)
		var got []string
		for i := range p.blocks {
			if p.blocks[i].Kind == Related {
				got = append(got, strings.Fields(p.blocks[i].Text)[0])
				if p.blocks[i].Rule != "model/html-related" || !drop[i] {
					t.Errorf("%s: block %d: rule %q, dropped %v", c.name, i, p.blocks[i].Rule, drop[i])
				}
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: related blocks %q, want %q", c.name, g, c.want)
		}
		last := len(p.blocks) - 1
		if bio := p.blocks[last].Rule == "model/html-bio" && drop[last]; bio != c.bio {
			t.Errorf("%s: the last block %q labelled by %q, want a writer's note: %v", c.name, p.blocks[last].Text, p.blocks[last].Rule, c.bio)
		}
		if p.blocks[0].Kind != "" || drop[0] {
			t.Errorf("%s: the story's first paragraph labelled %q", c.name, p.blocks[0].Kind)
		}
	}
}
