package clean

import (
	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// maxCallBoxWords is the most words the story detector may keep in a box
// named a call to act for the box to read as a site's pitch: a longer one
// is a service page's own section that its theme calls "cta".
const maxCallBoxWords = 50

// minCallBoxStory is the least the kept prose outside call boxes weighs,
// in words, for the boxes to be read as pitches set in a story.
const minCallBoxStory = 150

// dropCallBoxes labels as ads, on an HTML page, the blocks the story
// detector keeps inside a small box whose class or id names a call to act
// ("cta", "cta-box", "post-cta"): a site's pitch set among or under the
// story ("Sign up and try X free for 14 days", "Ready for a quote?"),
// which reads like the story's sentences. A box holding more than
// maxCallBoxWords kept words is left (a service page's sections), and so is
// every box on a page whose kept prose outside them is short (the page is
// its pitches).
func (p *Page) dropCallBoxes(drop []bool) {
	isBox := map[*html.Node]bool{}
	var words []string
	callBox := func(n *html.Node) *html.Node {
		for up := 0; n != nil && up < maxBoxLevels; n, up = n.Parent, up+1 {
			if n.Type != html.ElementNode {
				continue
			}
			is, ok := isBox[n]
			if !ok {
				words = htmldoc.ClassEnds(n, words[:0])
				for _, w := range words {
					if w == "cta" {
						is = true
						break
					}
				}
				isBox[n] = is
			}
			if is {
				return n
			}
		}
		return nil
	}
	boxOf := make([]*html.Node, len(p.blocks))
	held := map[*html.Node]int{}
	story := 0
	for i := range p.blocks {
		b := p.keptBlock(i, drop)
		if b == nil {
			continue
		}
		w := wordCount(p.blocks[i].Text)
		if boxOf[i] = callBox(b.Node); boxOf[i] != nil {
			held[boxOf[i]] += w
		} else if p.proseAt(i) {
			story += w
		}
	}
	if story < minCallBoxStory {
		return
	}
	for i, n := range boxOf {
		if n != nil && held[n] <= maxCallBoxWords {
			drop[i] = true
			p.labelAs(i, Ad, "model/html-callbox")
		}
	}
}
