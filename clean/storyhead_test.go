package clean

import (
	"strings"
	"testing"
)

// labelled lists "kind:first word" for the blocks a step labelled.
func labelled(p *Page) string {
	var out []string
	for _, b := range p.blocks {
		if b.Kind != "" && b.Kind != Title {
			out = append(out, string(b.Kind)+":"+strings.Fields(b.Text)[0])
		}
	}
	return strings.Join(out, " ")
}

// headPage parses src and labels its h1 the title, as the HTML title stage
// does before the story detector runs.
func headPage(t *testing.T, src string) *Page {
	t.Helper()
	p := htmlTestPage(t, src)
	for i := range p.blocks {
		if p.walkerBlock(i).Tag == "h1" {
			p.labelAs(i, Title, "test")
		}
	}
	return p
}

func TestTrimStoryHead(t *testing.T) {
	src := `<html><body><header><h1>Harbour cranes go quiet</h1>
<p>The port's new owners want fewer shifts, and the crane drivers say the numbers do not add up.</p>
<p>By Ann Smith</p><p>Carl Doe and Dee Roe, Associated Press</p><p>Posted on March 3, 2024 at 9:10 am • 4 min read</p>
<p>Reading time: 4 minutes</p><p>March 3, 2024</p>
<p>Cranes stand idle at the east quay at dawn. (Photo: Jo Bloggs/Harbour Times)</p></header>
<figure><img src="/quay.jpg"><figcaption>The east quay, where the crane drivers have worked in three shifts since the port was built and where the new owners want two, at dawn on Sunday.</figcaption></figure>
<div class="story"><p>One` + para + `</p><p>Two` + para + `</p>
<p>Updated on March 4, 2024 with the union's answer</p><p>Three` + para + `</p></div></body></html>`
	p := headPage(t, src)
	p.trimStoryHead(make([]bool, len(p.blocks)))
	// The byline and the plain date line are left to their detectors; a
	// date line inside the story stays in it.
	want := "deck:The byline:Carl metadata:Posted metadata:Reading credit:Cranes caption:The"
	if got := labelled(p); got != want {
		t.Errorf("labelled %q, want %q", got, want)
	}
	for _, b := range p.blocks {
		if b.Kind != "" && b.Kind != Title && b.Rule != "model/html-head" {
			t.Errorf("block %q labelled with rule %q", b.Text, b.Rule)
		}
	}
}

func TestTrimStoryHeadLede(t *testing.T) {
	// A lede in an element of its own, straight above the story, or with
	// only a photo between, is the story's first paragraph, not a deck.
	for _, between := range []string{"", `<figure><figcaption>The east quay at dawn</figcaption></figure>`} {
		src := `<html><body><h1>Harbour cranes go quiet</h1>
<div class="lede"><p>Lede` + para + `</p></div>` + between + `
<div class="story"><p>One` + para + `</p><p>Two` + para + `</p><p>Three` + para + `</p></div></body></html>`
		p := headPage(t, src)
		p.trimStoryHead(make([]bool, len(p.blocks)))
		if got := labelled(p); got != "" {
			t.Errorf("with %q between: labelled %q, want nothing", between, got)
		}
	}
}

func TestTrimStoryTail(t *testing.T) {
	src := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour cranes go quiet",
"author":{"@type":"Person","name":"Ann Smith"}}</script></head><body><h1>Harbour cranes go quiet</h1>
<div class="story"><p>One` + para + `</p><p>Ann Smith said the union was reporting by hand.</p>
<p>Two` + para + `</p>
<p>(Reporting by Ann Smith; editing by Bob Roe)</p><p>Carl Doe contributed to this report.</p>
<p>Filed under: Ports, Labour |</p>
<p>Ann Smith is a staff writer who covers shipping and the docks.</p></div></body></html>`
	p := headPage(t, src)
	p.trimStoryTail(make([]bool, len(p.blocks)))
	// A sentence inside the story that names the author, or reporting, stays.
	want := "signoff:(Reporting signoff:Carl metadata:Filed other:Ann"
	if got := labelled(p); got != want {
		t.Errorf("labelled %q, want %q", got, want)
	}
}

func TestDropTeaserLinks(t *testing.T) {
	src := `<html><body><div class="story"><p>One` + para + `</p>
<p>Read more: <a href="/a">Crane drivers vote on the new shifts</a></p>
<p>Two` + para + `</p>
<p>[Related: <a href="/b">The port's owners and their plans</a>]</p>
<p>Related: the port's owners said on Friday that <a href="/c">their plan</a> stands, whatever the vote.</p>
<p>Three` + para + `</p></div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropTeaserLinks(drop)
	// A sentence that opens with the word but is mostly text stays.
	if got := strings.Join(dropped(p, drop), " "); got != "Read [Related:" {
		t.Errorf("dropped %q, want the two labelled links", got)
	}
}
