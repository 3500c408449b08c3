package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

func TestDropRelatedTailHTML(t *testing.T) {
	story := `<p>Harbour crews rebuilt the north pier over the winter, and the ferry now docks there again` + para + `</p>
<p>Second` + para + para + para + `</p><p>Third` + para + para + para + `</p><p>Fourth` + para + para + para + `</p><p>Fifth` + para + para + para + `</p>`
	for _, c := range []struct {
		name, tail string
		want       string // the first words of the blocks labelled related
	}{
		{"a list the reader will love", `<h3>You’ll Also Love...</h3><p>How one crew rebuilt a pier in a month</p>
<p>Ten ferries worth a day trip this summer</p>`, "You’ll How Ten"},
		{"the story's own heading", `<h3>Related findings from the survey</h3><p>Closing` + para + `</p>`, ""},
	} {
		p := htmlTestPage(t, `<html><body><article>`+story+c.tail+`</article></body></html>`)
		_, shapes := blockfeat.HTMLShapes(p.in.doc.Blocks, &p.in.doc.Meta, "")
		drop := make([]bool, len(p.blocks))
		p.dropRelatedTailHTML(drop, shapes)
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
		if p.blocks[0].Kind != "" || drop[0] {
			t.Errorf("%s: the story's first paragraph labelled %q", c.name, p.blocks[0].Kind)
		}
	}
}
