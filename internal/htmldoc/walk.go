package htmldoc

// This file walks the parsed tree with an explicit stack of open elements
// (frame): which elements open a block, which are skipped, and the
// features each block inherits from the elements around it. Writing the
// text into blocks is in walktext.go.

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags are the elements that open a block.
var blockTags = map[string]bool{
	"body": true, "p": true, "div": true, "section": true, "article": true, "main": true,
	"header": true, "footer": true, "nav": true, "aside": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "hgroup": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true, "menu": true,
	"blockquote": true, "pre": true, "figure": true, "figcaption": true,
	"table": true, "caption": true, "td": true, "th": true,
	"form": true, "fieldset": true, "legend": true, "address": true, "hr": true,
	"details": true, "summary": true, "dialog": true, "search": true, "center": true,
	"noframes": false,
}

// inlineTags are phrasing elements: their text joins the surrounding text
// with no break. Elements in neither set (tr, tbody, option, custom
// elements ...) separate the text around them with a space.
var inlineTags = map[string]bool{
	"a": true, "abbr": true, "acronym": true, "b": true, "bdi": true, "bdo": true,
	"big": true, "cite": true, "code": true, "data": true, "del": true, "dfn": true,
	"em": true, "font": true, "i": true, "img": true, "ins": true, "kbd": true,
	"label": true, "mark": true, "nobr": true, "picture": true, "q": true, "rp": true,
	"rt": true, "ruby": true, "s": true, "samp": true, "small": true, "source": true,
	"span": true, "strike": true, "strong": true, "sub": true, "sup": true, "time": true,
	"tt": true, "u": true, "var": true, "wbr": true, "br": true, "output": true,
	"meter": true, "progress": true, "math": true,
}

// skipTags are never descended into for text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"iframe": true, "head": true, "title": true, "object": true, "embed": true,
	"canvas": true, "frameset": true, "noembed": true, "select": true, "datalist": true,
	"option": true, "optgroup": true,
}

// frame is one open element during the walk.
type frame struct {
	n        *html.Node
	tag      string
	path     string // built on demand by pathAt
	pathOK   bool
	words    []string // built on demand by wordsAt
	wordsOK  bool
	named    bool // addAttrs saw a class or id: its words join the inherited ones
	itemprop string
	depth    int // below body; -1 outside it
	flags    uint16
	block    bool // opens a block; seg holds its current text run
	flat     bool // deeper than MaxDepth: no features of its own
	breaks   bool // an inline element displayed as a block: a line break before and after
	seg      segment
}

// walker turns a parsed page into blocks and collects its metadata, walking
// the tree with an explicit stack.
type walker struct {
	lim       Limits
	warn      *warnings
	stack     []*frame
	free      []*frame
	blocks    []Block
	spans     [][2]int // arena offsets of each block's text
	arena     []byte
	dropped   int
	flattened bool
	meta      metaCollector
	images    []Image
	own       []string // scratch for one element's class and id words
}

// newWalker returns a walker for a page of about sizeHint bytes of markup.
// Its buffers start at the sizes of a typical page (on WCXB's pages, one
// block per 975 bytes of markup and one byte of text in 15: the rest is
// scripts, styles and attributes), and grow by appending on others.
func newWalker(lim Limits, warn *warnings, sizeHint int) *walker {
	n := min(sizeHint/1024+16, lim.MaxBlocks)
	return &walker{
		lim:    lim,
		warn:   warn,
		blocks: make([]Block, 0, n),
		spans:  make([][2]int, 0, n),
		arena:  make([]byte, 0, sizeHint/16),
	}
}

// finish sets each block's Text from the arena, in one allocation.
func (w *walker) finish() {
	all := string(w.arena)
	for i, sp := range w.spans {
		w.blocks[i].Text = all[sp[0]:sp[1]]
	}
	w.arena, w.spans = nil, nil
}

// walk visits every node under root in document order.
func (w *walker) walk(root *html.Node) {
	top := w.push(root)
	if root.Type == html.ElementNode && root.Data != "html" {
		// A fragment: its root stands in for <body>.
		w.setupBody(top, root.Data)
	}
	cur := root.FirstChild
	for {
		if cur == nil {
			f := w.pop()
			if len(w.stack) == 0 {
				return
			}
			cur = f.n.NextSibling
			continue
		}
		switch cur.Type {
		case html.TextNode:
			w.text(cur.Data)
		case html.ElementNode:
			if w.enter(cur) && cur.FirstChild != nil {
				cur = cur.FirstChild
				continue
			}
			if len(w.stack) > 0 && w.top().n == cur {
				w.pop()
			}
		}
		cur = cur.NextSibling
	}
}

func (w *walker) top() *frame { return w.stack[len(w.stack)-1] }

// block returns the stack index of the innermost frame that owns a text
// segment, or -1.
func (w *walker) block() int {
	for i := len(w.stack) - 1; i >= 0; i-- {
		if w.stack[i].block {
			return i
		}
	}
	return -1
}

// seg returns the innermost block's segment, or nil.
func (w *walker) seg() *segment {
	if i := w.block(); i >= 0 {
		return &w.stack[i].seg
	}
	return nil
}

// pathAt returns the Path of the frame at stack index i, building it on
// first use from the nearest ancestor whose path is built. Only frame i
// keeps its path: caching every ancestor's would cost the square of the
// depth on a deeply nested page.
func (w *walker) pathAt(i int) string {
	if w.stack[i].pathOK {
		return w.stack[i].path
	}
	j := i
	for j > 0 && !w.stack[j].pathOK {
		j--
	}
	n := len(w.stack[j].path)
	for k := j + 1; k <= i; k++ {
		n += 1 + len(w.stack[k].tag)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(w.stack[j].path)
	for k := j + 1; k <= i; k++ {
		b.WriteByte('>')
		b.WriteString(w.stack[k].tag)
	}
	f := w.stack[i]
	f.path, f.pathOK = b.String(), true
	return f.path
}

// wordsAt returns the Words of the frame at stack index i, merging them on
// first use down from the nearest ancestor whose words are built, one
// element at a time as addAttrs once did for every element: most elements
// with a class (links, spans, icons) never hold a block, and their words
// are never needed.
func (w *walker) wordsAt(i int) []string {
	j := i
	for j > 0 && !w.stack[j].wordsOK {
		j--
	}
	for k := j + 1; k <= i; k++ {
		f := w.stack[k]
		if f.wordsOK {
			continue
		}
		f.words = w.stack[k-1].words
		own := w.own[:0]
		if f.named {
			for _, a := range f.n.Attr {
				if a.Namespace == "" && (a.Key == "class" || a.Key == "id") {
					own = SplitWords(a.Val, own)
				}
			}
		}
		if len(own) > 0 {
			f.words = mergeWords(f.words, own)
		}
		f.wordsOK, w.own = true, own
	}
	return w.stack[i].words
}

// push opens a frame for n on the stack, reusing a freed one, with the
// class words, itemprop, depth and flags of the frame around it.
func (w *walker) push(n *html.Node) *frame {
	var f *frame
	if k := len(w.free); k > 0 {
		f = w.free[k-1]
		w.free = w.free[:k-1]
		*f = frame{}
	} else {
		f = new(frame)
	}
	f.n = n
	f.depth = -1
	f.wordsOK = true
	if len(w.stack) > 0 {
		p := w.top()
		f.words, f.wordsOK, f.itemprop, f.depth, f.flags = p.words, p.wordsOK, p.itemprop, p.depth, p.flags
	}
	w.stack = append(w.stack, f)
	return f
}

// pop closes the top frame, emitting its last text run.
func (w *walker) pop() *frame {
	f := w.top()
	switch {
	case f.block:
		w.flush(len(w.stack) - 1)
	case f.depth >= 0 && !inlineTags[f.tag]:
		w.separate()
	case f.breaks:
		w.lineBreak()
	}
	w.stack = w.stack[:len(w.stack)-1]
	if f.tag == "title" {
		w.meta.endTitle()
	}
	w.free = append(w.free, f)
	return f
}

// setupBody makes f the body of the walk: depth 0, a block, the first
// step of every block's path. It is the <body> element's frame, or the
// root of a fragment, which stands in for it.
func (w *walker) setupBody(f *frame, tag string) {
	f.tag = tag
	f.depth = 0
	f.path, f.pathOK = tag, true
	f.block = true
	w.addAttrs(f)
}

// enter handles the start of element n and reports whether to descend into
// its children; when it returns true (or pushes a frame) the frame is on the
// stack.
func (w *walker) enter(n *html.Node) bool {
	tag := n.Data
	w.meta.element(n)
	if tag == "img" && n.Namespace == "" {
		w.image(n)
	}
	if skipTags[tag] && n.Namespace == "" || n.Namespace == "svg" {
		if tag == "head" || tag == "title" && !w.inBody() {
			// Walked for metadata only; see metaCollector.
			f := w.push(n)
			f.tag = tag
			f.depth = -1
			if tag == "title" {
				w.meta.startTitle()
			}
			return true
		}
		w.separate()
		return false
	}
	if tag == "br" {
		w.newline()
		return false
	}
	parentDepth := w.top().depth
	f := w.push(n)
	f.tag = tag
	if parentDepth < 0 {
		if tag == "body" {
			w.setupBody(f, tag)
		}
		return true
	}
	f.depth = parentDepth + 1
	if f.depth > w.lim.MaxDepth {
		f.flat = true
		w.flattened = true
		if !inlineTags[tag] {
			w.separate()
		}
		if tag == "a" {
			f.flags |= fLink
		}
		if tag == "time" {
			w.datetime(n)
		}
		return true
	}
	hiddenBefore := f.flags & fHidden
	w.addAttrs(f)
	selfHidden := f.flags&fHidden != 0 && hiddenBefore == 0
	switch {
	case blockTags[tag] || selfHidden:
		if b := w.block(); b >= 0 && w.stack[b] != f {
			w.flush(b)
		}
		f.block = true
	case !inlineTags[tag]:
		w.separate()
	case n.FirstChild != nil && displaysBlock(n):
		f.breaks = true
		w.lineBreak()
	}
	if tag == "time" {
		w.datetime(n)
	}
	return true
}

// inBody reports whether the walk is inside the page's body (frames
// outside it have depth -1).
func (w *walker) inBody() bool {
	return len(w.stack) > 0 && w.top().depth >= 0
}
