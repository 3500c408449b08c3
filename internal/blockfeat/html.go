package blockfeat

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// The HTML-only features, after the shape and context ones.
const (
	tagFeatures  = 14
	flagFeatures = 27
	nearHash     = 64 // the nearest class and id tokens
	allHash      = 32 // all class and id tokens of the element and its ancestors
	pathHash     = 16 // parent tag > tag
	nearWords    = 6
)

// HTMLDim is the length of an HTML block's feature vector.
const HTMLDim = shapeFeatures + contextFeatures + shortHash + siteFeatures + leadHash + tagFeatures + flagFeatures + nearHash + allHash + pathHash

var tagNames = [tagFeatures]string{"p", "div", "li", "h1", "h2", "h3-h6", "td", "inline",
	"blockquote", "pre", "caption", "dt-dd", "section", "other-tag"}

func tagIndex(tag string) int {
	switch tag {
	case "p":
		return 0
	case "div":
		return 1
	case "li":
		return 2
	case "h1":
		return 3
	case "h2":
		return 4
	case "h3", "h4", "h5", "h6", "hgroup":
		return 5
	case "td", "th":
		return 6
	case "span", "a", "b", "strong", "em", "i", "small", "time", "label", "font":
		return 7
	case "blockquote":
		return 8
	case "pre":
		return 9
	case "figcaption", "caption":
		return 10
	case "dt", "dd":
		return 11
	case "section", "article", "main":
		return 12
	}
	return 13
}

var flagNames = [flagFeatures]string{"in-heading", "in-figure", "in-list", "in-nav",
	"in-header", "in-footer", "in-aside", "in-form", "hidden", "itemprop-body",
	"itemprop-other", "datetime", "link-density", "depth", "path-article", "path-main",
	"in-ld-body", "in-description", "page-has-ld-body", "after-heading", "after-h1", "prev-link-density",
	"in-main", "below-main", "main-share", "next-link-density", "link-density-around"}

// HTMLNames names the features of [HTML], in order.
func HTMLNames() []string {
	out := make([]string, 0, HTMLDim)
	out = append(out, shapeNames[:]...)
	out = append(out, contextNames[:]...)
	out = appendHashNames(out, "short-word", shortHash)
	out = append(out, siteNames[:]...)
	out = appendHashNames(out, "lead-word", leadHash)
	out = append(out, tagNames[:]...)
	out = append(out, flagNames[:]...)
	out = appendHashNames(out, "near-class", nearHash)
	out = appendHashNames(out, "class", allHash)
	return appendHashNames(out, "parent-tag", pathHash)
}

// HTML returns the feature vectors of a page's blocks, HTMLDim floats per
// block, block after block. meta may be nil; url is the page's address,
// "" when not known (the canonical one in meta is read then).
func HTML(blocks []htmldoc.Block, meta *htmldoc.Meta, url string) []float32 {
	out, _ := HTMLShapes(blocks, meta, url)
	return out
}

// HTMLShapes is [HTML] that also returns each block's [Shape], which it
// reads anyway, so that a caller needing them does not scan the text again.
func HTMLShapes(blocks []htmldoc.Block, meta *htmldoc.Meta, url string) ([]float32, []Shape) {
	texts := make([]string, len(blocks))
	sh := make([]Shape, len(blocks))
	skip := make([]bool, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		texts[i] = b.Text
		sh[i] = ShapeOf(b.Text)
		// Linked text, hidden text and navigation are neither prose nor
		// a break in it: a story's paragraphs stay one run across an
		// inline ad or a share bar only if furniture does not count.
		if b.LinkDensity > 0.5 && sh[i].IsProse() || b.Hidden {
			skip[i] = true
		}
	}
	p := newPage(texts, sh, skip)
	var body, desc, siteName, title string
	if meta != nil {
		body, desc, siteName, title = meta.Body, meta.Description, meta.SiteName, meta.Title
		if url == "" {
			url = meta.URL
		}
	}
	st := newSite(url, siteName, title)
	main, share := mainNode(blocks, sh)
	out := make([]float32, len(blocks)*HTMLDim)
	lastHeading, seenH1 := -100, false
	for i := range blocks {
		b := &blocks[i]
		v := out[i*HTMLDim : (i+1)*HTMLDim]
		sh[i].put(v)
		p.putContext(i, v[shapeFeatures:])
		st.putWords(b.Text, sh[i].Words, v[shapeFeatures+contextFeatures:shapeFeatures+contextFeatures+shortHash],
			v[shapeFeatures+contextFeatures+shortHash:], nil)
		o := v[shapeFeatures+contextFeatures+shortHash+siteFeatures+leadHash:]
		o[tagIndex(b.Tag)] = 1
		f := o[tagFeatures:]
		f[0] = b2f(b.InHeading)
		f[1] = b2f(b.InFigure)
		f[2] = b2f(b.InList)
		f[3] = b2f(b.InNav)
		f[4] = b2f(b.InHeader)
		f[5] = b2f(b.InFooter)
		f[6] = b2f(b.InAside)
		f[7] = b2f(b.InForm)
		f[8] = b2f(b.Hidden)
		f[9] = b2f(b.Itemprop == "articleBody" || b.Itemprop == "text")
		f[10] = b2f(b.Itemprop != "" && f[9] == 0)
		f[11] = b2f(b.Datetime != "")
		f[12] = float32(b.LinkDensity)
		f[13] = float32(min(b.Depth, 40)) / 40
		f[14] = b2f(strings.Contains(b.Path, "article"))
		f[15] = b2f(strings.Contains(b.Path, "main"))
		f[16] = b2f(inText(body, b.Text, sh[i].Words))
		f[17] = b2f(inText(desc, b.Text, sh[i].Words))
		f[18] = b2f(len(body) > 200)
		f[19] = b2f(i-lastHeading <= 3)
		f[20] = b2f(seenH1)
		if i > 0 {
			f[21] = float32(blocks[i-1].LinkDensity)
		}
		if main != nil && b.Node != nil {
			if d := levelsBelow(b.Node, main); d >= 0 {
				f[22] = 1
				f[23] = logScale(d, 30)
			}
		}
		f[24] = share
		if i+1 < len(blocks) {
			f[25] = float32(blocks[i+1].LinkDensity)
		}
		f[26] = linkAround(blocks, i)
		if b.InHeading {
			lastHeading = i
		}
		if b.Tag == "h1" {
			seenH1 = true
		}
		h := f[flagFeatures:]
		near := b.Words[max(0, len(b.Words)-nearWords):]
		for _, w := range near {
			h[hashString(w)%nearHash] = 1
		}
		h = h[nearHash:]
		for _, w := range b.Words {
			h[hashString(w)%allHash] = 1
		}
		h = h[allHash:]
		h[hashString(parentTag(b.Path)+">"+b.Tag)%pathHash] = 1
	}
	return out, sh
}

// linkAround returns the mean link density of the three blocks either side
// of block i.
func linkAround(blocks []htmldoc.Block, i int) float32 {
	s, n := 0.0, 0
	for j := max(0, i-3); j <= min(len(blocks)-1, i+3); j++ {
		if j != i {
			s += blocks[j].LinkDensity
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return float32(s / float64(n))
}

// inText reports whether block text of the given words opens with a passage
// found in s: its first 80 bytes, for a block of five words or more.
func inText(s, text string, words int) bool {
	if words < 5 || len(s) < len(text)/2 {
		return false
	}
	n := min(len(text), 80)
	for n < len(text) && text[n]&0xC0 == 0x80 {
		n++ // whole runes
	}
	return strings.Contains(s, text[:n])
}

// parentTag returns the tag before the last in a path "body>div>p".
func parentTag(path string) string {
	i := strings.LastIndexByte(path, '>')
	if i < 0 {
		return ""
	}
	path = path[:i]
	return path[strings.LastIndexByte(path, '>')+1:]
}

// mainNode returns the element that holds the story as the densest prose
// reads it, and the share of the page's prose inside it: each prose block
// with few links credits its parent with its length and its grandparent
// with half; the best element climbs to its parent until it holds 60% of
// the prose (package clean's html-main stage reads the page the same way).
func mainNode(blocks []htmldoc.Block, sh []Shape) (*html.Node, float32) {
	score := map[*html.Node]int{}
	total := 0
	for i := range blocks {
		b := &blocks[i]
		if b.Node == nil || b.LinkDensity > 0.3 || b.Hidden || !sh[i].IsProse() {
			continue
		}
		w := len(b.Text)
		total += w
		if p := b.Node.Parent; p != nil {
			score[p] += 2 * w
			if g := p.Parent; g != nil {
				score[g] += w
			}
		}
	}
	var best *html.Node
	bestDepth := 0
	for i := range blocks {
		// in block order, so that ties go the same way on every run
		n := blocks[i].Node
		if n == nil {
			continue
		}
		for _, c := range [2]*html.Node{n.Parent, grand(n)} {
			if c == nil || score[c] == 0 {
				continue
			}
			if d := levelsBelow(c, nil); best == nil || score[c] > score[best] || score[c] == score[best] && d > bestDepth {
				best, bestDepth = c, d
			}
		}
	}
	if best == nil {
		return nil, 0
	}
	in := func(root *html.Node) int {
		s := 0
		for i := range blocks {
			b := &blocks[i]
			if b.Node != nil && b.LinkDensity <= 0.3 && !b.Hidden && sh[i].IsProse() && levelsBelow(b.Node, root) >= 0 {
				s += len(b.Text)
			}
		}
		return s
	}
	held := in(best)
	for best.Parent != nil && held*10 < 6*total {
		best = best.Parent
		held = in(best)
	}
	return best, ratio(held, total)
}

func grand(n *html.Node) *html.Node {
	if n.Parent == nil {
		return nil
	}
	return n.Parent.Parent
}

// levelsBelow returns how many levels n is below root (0: n is root), or
// -1 when it is not inside it; with a nil root, n's depth.
func levelsBelow(n, root *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		if n == root {
			return d
		}
		d++
	}
	if root == nil {
		return d
	}
	return -1
}
