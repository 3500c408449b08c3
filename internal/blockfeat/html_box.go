package blockfeat

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// boxFeatures is the number of features [boxReader.put] writes, after the
// hashed parent tags.
const boxFeatures = 8

var boxNames = [boxFeatures]string{"box-comment", "box-related", "box-share", "box-subscribe",
	"box-ad", "box-nav", "item-repeat", "item-headline"}

// boxKinds maps the class and id words that name a box of page furniture
// to the bit of its kind (the order of boxNames). A word counts only as
// the first or last word of a class name, or of an id of at most three
// words (htmldoc.ClassEnds): "comment-list" is a box, "content-nav-section"
// and a heading's slug are not.
var boxKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for bit, words := range [...]string{
		"comment comments commentlist disqus respond replies discussion",
		"related recommended recommendations popular trending latest outbrain taboola sidebar",
		"share sharing social sharer",
		"subscribe subscription newsletter newsletters signup optin",
		"ad ads advert advertisement sponsor sponsored promo",
		"nav navbar navigation menu breadcrumb breadcrumbs pagination pager footer masthead topbar",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = 1 << bit
		}
	}
	return m
}()

// itemLevels is how far above a block the list item it may sit in is
// looked for.
const itemLevels = 4

// boxReader computes a page's box and item features: the kinds of
// furniture boxes around a block (by class and id words, each element read
// once), and whether the block sits in an item of a list, an element with
// siblings of its tag and class (a teaser in a "more stories" list, a post
// in a thread), and whether that item holds a linked headline.
type boxReader struct {
	mask     map[*html.Node]uint8          // the box kinds of an element and its ancestors
	children map[*html.Node]map[string]int // per parent, its element children by tag and class
	headline map[*html.Node]bool           // a linked headline's element and those up to itemLevels above it
	words    []string
}

func newBoxReader(blocks []htmldoc.Block) *boxReader {
	r := &boxReader{mask: map[*html.Node]uint8{}, children: map[*html.Node]map[string]int{}, headline: map[*html.Node]bool{}}
	for i := range blocks {
		b := &blocks[i]
		if b.Node == nil || b.LinkDensity < 0.8 || strings.Count(b.Text, " ") < 2 {
			continue
		}
		for n, up := b.Node, 0; n != nil && up < itemLevels; n, up = n.Parent, up+1 {
			r.headline[n] = true
		}
	}
	return r
}

// put writes the box and item features of block b into v (boxFeatures).
func (r *boxReader) put(b *htmldoc.Block, v []float32) {
	if b.Node == nil {
		return
	}
	m := r.kinds(b.Node)
	for bit := range 6 {
		if m&(1<<bit) != 0 {
			v[bit] = 1
		}
	}
	most, head := 0, false
	for n, up := b.Node.Parent, 0; n != nil && n.Parent != nil && up < itemLevels; n, up = n.Parent, up+1 {
		if c := r.siblings(n); c > most {
			most, head = c, r.headline[n]
		}
	}
	if most >= 3 {
		v[6] = logScale(most, 30)
		v[7] = b2f(head)
	}
}

// kinds returns the box kinds of n and its ancestors, reading each element
// once over the page.
func (r *boxReader) kinds(n *html.Node) uint8 {
	if n == nil {
		return 0
	}
	if m, ok := r.mask[n]; ok {
		return m
	}
	// the uncached chain up to a cached ancestor, then down again
	var chain []*html.Node
	for c := n; c != nil; c = c.Parent {
		if _, ok := r.mask[c]; ok {
			break
		}
		chain = append(chain, c)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		c := chain[i]
		m := r.mask[c.Parent] // 0 for nil or the root
		if c.Type == html.ElementNode {
			r.words = htmldoc.ClassEnds(c, r.words[:0])
			for _, w := range r.words {
				m |= boxKinds[w]
			}
		}
		r.mask[c] = m
	}
	return r.mask[n]
}

// siblings returns how many element children of n's parent share n's tag
// and class attribute, n included.
func (r *boxReader) siblings(n *html.Node) int {
	counts, ok := r.children[n.Parent]
	if !ok {
		counts = map[string]int{}
		for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				counts[itemKey(c)]++
			}
		}
		r.children[n.Parent] = counts
	}
	return counts[itemKey(n)]
}

// itemKey is an element's tag and class attribute.
func itemKey(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "class" && a.Namespace == "" {
			return n.Data + "." + a.Val
		}
	}
	return n.Data
}
