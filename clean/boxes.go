package clean

import (
	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// boxWords are the class and id words that name an element as a box of
// page furniture around a story: comments, related and popular links,
// share bars, newsletter sign-ups, ads, navigation, footnotes and the
// text of tooltips (a glossary's pop-up definitions). The taxonomy words
// ("tag", "category") and "paywall" are left out: publishing systems put
// them on the story's own element.
var boxWords = func() map[string]Kind {
	m := map[string]Kind{"commentlist": CommentPrompt, "replies": CommentPrompt, "newsletters": Subscribe,
		"signup": Subscribe, "optin": Subscribe, "outbrain": Related, "taboola": Related, "footnotes": Other, "tooltip": Other}
	for w, k := range furnitureWords {
		switch w {
		case "tag", "tags", "paywall", "banner", "widget":
		default:
			m[w] = k
		}
	}
	return m
}()

// minItems is how many sibling boxes of one kind make a list of items.
const minItems = 3

// maxBoxLevels bounds the walk from a block up to the elements around it.
const maxBoxLevels = 40

// dropFurnitureBoxes drops, on an HTML page, the blocks the story detector
// keeps (drop[i] unset) that sit inside an element whose class or id names
// furniture (see boxWords), unless that element holds the story: half the
// kept prose or more, or the element whose children carry the most of it.
// The detector scores blocks one by one and keeps a comment or a related
// teaser that reads like prose; the box around them says what they are,
// and the story's own wrapper is told apart by what it holds.
func (p *Page) dropFurnitureBoxes(drop []bool) {
	kept := func(i int) *htmldoc.Block { return p.keptBlock(i, drop) }
	best, total := p.storyCore(drop)
	if best == nil {
		return
	}
	kinds := map[*html.Node]Kind{} // "" for an element whose words name no furniture
	held := map[*html.Node]int{}   // kept prose inside each furniture box
	var words []string
	boxOf := func(n *html.Node) Kind {
		k, ok := kinds[n]
		if !ok {
			words = htmldoc.ClassEnds(n, words[:0])
			for _, w := range words {
				if bk, named := boxWords[w]; named {
					k = bk
					break
				}
			}
			kinds[n] = k
		}
		return k
	}
	for i := range p.blocks {
		b := kept(i)
		if b == nil {
			continue
		}
		prose := 0
		if isLinkLightProse(b) {
			prose = len(b.Text)
		}
		for n, up := b.Node, 0; n != nil && up < maxBoxLevels; n, up = n.Parent, up+1 {
			if n.Type == html.ElementNode && boxOf(n) != "" {
				held[n] += prose
			}
		}
	}
	// nor are boxes of a kind that come three or more times, none inside
	// another of its kind: the items of a listing or the posts of a
	// thread, each marked "promo" or "comment" (the comments under a story
	// sit in a box of their own, which counts once)
	outer := map[Kind]int{}
	for n := range held {
		if !insideKind(n.Parent, kinds[n], kinds) {
			outer[kinds[n]]++
		}
	}
	for n := range held {
		if outer[kinds[n]] >= minItems && !insideKind(n.Parent, kinds[n], kinds) {
			delete(held, n)
		}
	}
	// the boxes that hold the story are not furniture
	for n := best; n != nil; n = n.Parent {
		delete(held, n)
	}
	// nor are boxes of a kind that together hold half the kept prose:
	// the posts of a forum thread, each in a "comment" element
	byKind := map[Kind]int{}
	for n, h := range held {
		if !insideBox(n.Parent, held) {
			byKind[kinds[n]] += h
		}
	}
	for n := range held {
		if 2*byKind[kinds[n]] >= total {
			delete(held, n)
		}
	}
	for i := range p.blocks {
		b := kept(i)
		if b == nil {
			continue
		}
		for n, up := b.Node, 0; n != nil && up < maxBoxLevels; n, up = n.Parent, up+1 {
			if _, ok := held[n]; ok {
				drop[i] = true
				p.labelAs(i, kinds[n], "model/html-box")
				break
			}
		}
	}
}

// insideBox reports whether n or one of its ancestors (up to maxBoxLevels)
// is one of the boxes.
func insideBox(n *html.Node, boxes map[*html.Node]int) bool {
	for up := 0; n != nil && up < maxBoxLevels; n, up = n.Parent, up+1 {
		if _, ok := boxes[n]; ok {
			return true
		}
	}
	return false
}

// insideKind reports whether n or one of its ancestors (up to maxBoxLevels)
// is a box of kind k.
func insideKind(n *html.Node, k Kind, kinds map[*html.Node]Kind) bool {
	for up := 0; n != nil && up < maxBoxLevels; n, up = n.Parent, up+1 {
		if kinds[n] == k {
			return true
		}
	}
	return false
}

// keptBlock returns the walker block of block i when the story detector
// keeps it (drop[i] unset) and no stage has labelled it, else nil.
func (p *Page) keptBlock(i int, drop []bool) *htmldoc.Block {
	b := p.walkerBlock(i)
	if b == nil || b.Node == nil || drop[i] || !p.free(i) {
		return nil
	}
	return b
}

// storyCore returns the element whose children carry the most of the prose
// the story detector keeps (each prose block with few links credits its
// parent twice its length and its grandparent once), and that prose's
// length in bytes; nil and 0 when it keeps no prose.
func (p *Page) storyCore(drop []bool) (*html.Node, int) {
	core := map[*html.Node]int{}
	total := 0
	var best *html.Node
	for i := range p.blocks {
		b := p.keptBlock(i, drop)
		if b == nil || !isLinkLightProse(b) {
			continue
		}
		w := len(b.Text)
		total += w
		if parent := b.Node.Parent; parent != nil {
			core[parent] += 2 * w
			if best == nil || core[parent] > core[best] {
				best = parent
			}
			if g := parent.Parent; g != nil {
				core[g] += w
				if core[g] > core[best] {
					best = g
				}
			}
		}
	}
	return best, total
}
