package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// htmlTestPage parses src into a page the post-model steps can read, with
// no block labelled.
func htmlTestPage(t *testing.T, src string) *Page {
	t.Helper()
	doc, err := htmldoc.Parse([]byte(src), "", htmldoc.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	blocks := make([]Block, len(doc.Blocks))
	for i, hb := range doc.Blocks {
		blocks[i] = Block{Text: hb.Text, Line: i + 1}
	}
	return newPage(blocks, src, doc, nil)
}

// dropFor returns a drop vector that drops the blocks whose text opens with
// one of the prefixes.
func dropFor(p *Page, prefixes ...string) []bool {
	drop := make([]bool, len(p.blocks))
	for i := range p.blocks {
		for _, s := range prefixes {
			if strings.HasPrefix(p.blocks[i].Text, s) {
				drop[i] = true
			}
		}
	}
	return drop
}

// dropped lists the texts' first words of the dropped blocks.
func dropped(p *Page, drop []bool) []string {
	var out []string
	for i := range p.blocks {
		if drop[i] {
			out = append(out, strings.Fields(p.blocks[i].Text)[0])
		}
	}
	return out
}

const para = " paragraph of the story, long enough to read as prose and with no links in it at all."

func TestFillStoryGaps(t *testing.T) {
	src := `<html><body><div class="story">
<p>One` + para + `</p><p>Two` + para + `</p>
<div class="share"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>
<p>Three` + para + `</p><aside><p>Aside` + para + `</p></aside><p>Four` + para + `</p>
</div><div class="more"><p>Five` + para + `</p></div></body></html>`
	p := htmlTestPage(t, src)
	// The detector dropped a paragraph between two it keeps (Two), the
	// share bar, an aside, and a paragraph in another element (Five).
	drop := dropFor(p, "Two", "Facebook", "Aside", "Five")
	p.fillStoryGaps(drop)
	got := strings.Join(dropped(p, drop), " ")
	if got != "Facebook Aside Five" {
		t.Errorf("dropped after filling the gaps: %q, want the share bar, the aside and the paragraph outside the story's element", got)
	}
	// The first and last blocks are no gaps: nothing kept around them.
	drop = dropFor(p, "One", "Four")
	p.fillStoryGaps(drop)
	if got := strings.Join(dropped(p, drop), " "); got != "One Four" {
		t.Errorf("dropped at the story's edges: %q, want both kept dropped", got)
	}
}

func TestDropFurnitureBoxes(t *testing.T) {
	src := `<html><body class="single has-comments"><div class="entry-content share-enabled">
<p>One` + para + `</p><p>Two` + para + `</p><p>Three` + para + `</p>
<div class="related-posts"><p>Teaser` + para + `</p></div></div>
<div id="comments"><p>Reader` + para + `</p><p>Another` + para + `</p></div>
<div class="section-menu-intro"><p>Slug` + para + `</p></div>
</body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropFurnitureBoxes(drop)
	// The story's own element and the body carry furniture words too, but
	// hold the story; a class word mid-name ("section-menu-intro") names
	// nothing.
	if got := strings.Join(dropped(p, drop), " "); got != "Teaser Reader Another" {
		t.Errorf("dropped: %q, want the related teaser and the comments", got)
	}
	for i := range p.blocks {
		if drop[i] && p.blocks[i].Rule != "model/html-box" {
			t.Errorf("block %q dropped with rule %q", p.blocks[i].Text, p.blocks[i].Rule)
		}
	}
}

func TestDropFurnitureBoxesItems(t *testing.T) {
	// A thread whose posts are each marked "comment": items, not furniture.
	var b strings.Builder
	b.WriteString(`<html><body><div class="topic"><p>First` + para + `</p></div>`)
	for _, w := range []string{"Re1", "Re2", "Re3"} {
		b.WriteString(`<div class="comment"><p>` + w + para + `</p></div>`)
	}
	b.WriteString(`</body></html>`)
	p := htmlTestPage(t, b.String())
	drop := make([]bool, len(p.blocks))
	p.dropFurnitureBoxes(drop)
	if got := dropped(p, drop); len(got) != 0 {
		t.Errorf("dropped %q, want the posts kept", got)
	}
}

func TestDropCallsToAct(t *testing.T) {
	src := `<html><body><div class="story">
<p>Disclosure: we may earn a commission when you buy through links on our site.</p>
<p>One` + para + `</p>
<p>I use this soap, just in case you were wondering (both are affiliate links).</p>
<p>Two paragraphs on how the newsletter business grew: readers subscribe to get the latest posts in their inbox, and they pay for it.</p>
<p>Subscribe to get the latest posts sent to your email.</p>
<p>Join our mailing list!</p>
<p>Click here to subscribe to The Harbour Newsletter</p>
</div></body></html>`
	p := htmlTestPage(t, src)
	drop := make([]bool, len(p.blocks))
	p.dropCallsToAct(drop)
	// A story's sentence that names affiliate links or newsletters is not
	// a call to act.
	if got := strings.Join(dropped(p, drop), " "); got != "Disclosure: Subscribe Join Click" {
		t.Errorf("dropped %q, want the disclosure and the three calls to sign up", got)
	}
}

func TestExtendStoryTail(t *testing.T) {
	shapesOf := func(p *Page) []blockfeat.Shape {
		_, sh := blockfeat.HTMLShapes(p.in.doc.Blocks, &p.in.doc.Meta, "")
		return sh
	}
	// A long essay in one element: the detector keeps its first half and
	// drops the rest, a heading and short lines among the paragraphs; the
	// share line under the last paragraph and the box outside stay out.
	src := `<html><body><div class="post">
<p>One` + para + `</p><p>Two` + para + `</p>
<p>Three` + para + `</p><h2>Later years</h2><p>Four` + para + `</p><p>Five` + para + `</p>
<p>Six` + para + `</p><p>Seven` + para + `</p><p>Share this post</p>
</div><div class="more"><p>Eight` + para + `</p></div></body></html>`
	p := htmlTestPage(t, src)
	drop := dropFor(p, "Three", "Later", "Four", "Five", "Six", "Seven", "Share", "Eight")
	p.extendStoryTail(drop, shapesOf(p))
	if got := strings.Join(dropped(p, drop), " "); got != "Share Eight" {
		t.Errorf("dropped after extending the story: %q, want the share line and the other element's paragraph", got)
	}
	// A writer's note of two paragraphs under the story: too short a run.
	src = `<html><body><div class="post">
<p>One` + para + `</p><p>Two` + para + `</p>
<p>Note` + para + `</p><p>Also` + para + `</p></div></body></html>`
	p = htmlTestPage(t, src)
	drop = dropFor(p, "Note", "Also")
	p.extendStoryTail(drop, shapesOf(p))
	if got := strings.Join(dropped(p, drop), " "); got != "Note Also" {
		t.Errorf("dropped: %q, want the two-paragraph note left out", got)
	}
	// A run interrupted by an aside stops at it.
	src = `<html><body><div class="post">
<p>One` + para + `</p><aside><p>Aside` + para + `</p></aside>
<p>Two` + para + `</p><p>Three` + para + `</p><p>Four` + para + `</p><p>Five` + para + `</p></div></body></html>`
	p = htmlTestPage(t, src)
	drop = dropFor(p, "Aside", "Two", "Three", "Four", "Five")
	p.extendStoryTail(drop, shapesOf(p))
	if got := strings.Join(dropped(p, drop), " "); got != "Aside Two Three Four Five" {
		t.Errorf("dropped: %q, want the run after the aside left out", got)
	}
}
