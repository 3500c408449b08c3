package clean

import (
	"reflect"
	"strings"
	"testing"
)

// cardsPage is an invented article: paragraphs in the story's element,
// with what comes before and after it.
func cardsPage(before, inside, after string, paragraphs int) string {
	var b strings.Builder
	b.WriteString(`<html><body>` + before + `<article><div class="body">`)
	for i := 0; i < paragraphs; i++ {
		b.WriteString("<p>Story" + para + "</p>")
	}
	b.WriteString(inside + `</div></article>` + after + `</body></html>`)
	return b.String()
}

// cardRow is a row of four invented teaser cards: a picture, a linked
// headline and a blurb each.
const cardRow = `<ul class="rail">
<li class="card"><img src="/a.jpg"><h3><a href="/harbor">Harbor town votes on a new sea wall</a></h3><p>Blurb on the harbor vote, in one sentence of prose for the card.</p></li>
<li class="card"><img src="/b.jpg"><h3><a href="/orchard">Orchard growers count a late frost's cost</a></h3><p>Blurb on the orchard frost, in one sentence of prose for the card.</p></li>
<li class="card"><img src="/c.jpg"><h3><a href="/lantern">Lantern festival returns after two years</a></h3><p>Blurb on the lantern festival, in one sentence of prose for the card.</p></li>
<li class="card"><img src="/d.jpg"><h3><a href="/meadow">Meadow restoration draws volunteers again</a></h3><p>Blurb on the meadow work, in one sentence of prose for the card.</p></li>
</ul>`

// linkList is a bare list of links.
const linkList = `<ul><li><a href="/a">Harbor town votes on a new sea wall</a></li>
<li><a href="/b">Orchard growers count a late frost's cost</a></li>
<li><a href="/c">Lantern festival returns after two years</a></li></ul>`

func TestDropTeaserCards(t *testing.T) {
	cards := []string{"Harbor", "Blurb", "Orchard", "Blurb", "Lantern", "Blurb", "Meadow", "Blurb"}
	cases := []struct {
		name                  string
		before, inside, after string
		paragraphs            int
		want                  []string
	}{
		{"a row of cards under the story goes", "", "", cardRow, 20, cards},
		{"the cards of a listicle, inside the story's element, stay", "", cardRow, "", 20, nil},
		{"a bare list of links under the story stays", "", "", linkList, 20, nil},
		{"cards under a short story stay (a hub's introduction)", "", "", cardRow, 6, nil},
		{"cards above the story stay", cardRow, "", "", 20, nil},
	}
	for _, c := range cases {
		p := htmlTestPage(t, cardsPage(c.before, c.inside, c.after, c.paragraphs))
		drop := make([]bool, len(p.blocks))
		p.dropTeaserCards(drop)
		if got := dropped(p, drop); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: dropped %q, want %q", c.name, got, c.want)
		}
		for i := range p.blocks {
			if drop[i] && (p.blocks[i].Kind != Related || p.blocks[i].Rule != "model/html-cards") {
				t.Errorf("%s: block %q labelled %s by %q", c.name, p.blocks[i].Text, p.blocks[i].Kind, p.blocks[i].Rule)
			}
		}
	}
}

func TestHasPicture(t *testing.T) {
	p := htmlTestPage(t, `<html><body><div><span><b><img src="/x.jpg"></b></span><p>Words here</p></div><div><p>No picture</p></div></body></html>`)
	with, without := p.in.doc.Blocks[0].Node.Parent, p.in.doc.Blocks[1].Node.Parent
	if !hasPicture(with) || hasPicture(without) {
		t.Errorf("hasPicture: %v for the div with an image, %v for the one without", hasPicture(with), hasPicture(without))
	}
}
