package htmldoc

// This file writes the page's text into blocks: each block-level element's
// current run of text (segment) grows word by word in the walker's arena,
// with spaces and line breaks as the markup sets them, and becomes a Block
// when the element ends or a block-level child starts (flush). The element
// stack the walk keeps is in walk.go.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// segment is one run of a block's text. Only the innermost block's run can
// be open, so runs are written one after another into the walker's arena
// and the run is arena[start:].
type segment struct {
	open      bool
	start     int
	space     bool // a space is due before the next visible character
	runes     int  // non-space runes
	linkRunes int
	datetime  string
}

// datetime keeps the datetime attribute of n, a <time> element, as the
// current text run's (Block.Datetime), unless the run has one already.
func (w *walker) datetime(n *html.Node) {
	seg := w.seg()
	if seg == nil || seg.datetime != "" {
		return
	}
	for _, a := range n.Attr {
		if a.Key == "datetime" && a.Namespace == "" {
			seg.datetime = strings.TrimSpace(a.Val)
		}
	}
}

// text adds a text node's content to the current block.
func (w *walker) text(s string) {
	if len(w.stack) == 0 {
		return
	}
	t := w.top()
	if t.tag == "title" && t.depth < 0 {
		w.meta.titleText(s)
		return
	}
	seg := w.seg()
	if seg == nil {
		return
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	link := t.flags&fLink != 0
	pre := t.flags&fPre != 0
	start, runes := -1, 0
	for i := 0; i < len(s); {
		// a rune at a time, ASCII without decoding
		r, size := rune(s[i]), 1
		space := r == ' ' || '\t' <= r && r <= '\r'
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		i += size
		if !space {
			if start < 0 {
				start = i - size
			}
			runes++
			continue
		}
		if start >= 0 {
			w.write(seg, s[start:i-size])
			start = -1
		}
		if pre && r == '\n' {
			w.newline()
		} else {
			seg.space = true
		}
	}
	if start >= 0 {
		w.write(seg, s[start:])
	}
	seg.runes += runes
	if link {
		seg.linkRunes += runes
	}
}

// write appends a word (a run of non-space text) to seg.
func (w *walker) write(seg *segment, word string) {
	if !seg.open {
		seg.open, seg.start = true, len(w.arena)
	} else if seg.space && w.arena[len(w.arena)-1] != '\n' {
		w.arena = append(w.arena, ' ')
	}
	seg.space = false
	w.arena = append(w.arena, word...)
}

// newline adds a line break (a <br>) to the current block.
func (w *walker) newline() {
	if seg := w.seg(); seg != nil && seg.open {
		w.arena = append(w.arena, '\n')
		seg.space = false
	}
}

// lineBreak ends the current line of the block, as a <br> does, unless it
// has no text yet or its line is already ended: the edge of an inline
// element displayed as a block.
func (w *walker) lineBreak() {
	if seg := w.seg(); seg != nil && seg.open && w.arena[len(w.arena)-1] != '\n' {
		w.arena = append(w.arena, '\n')
		seg.space = false
	}
}

// separate makes sure the next text does not run into the previous word.
func (w *walker) separate() {
	if seg := w.seg(); seg != nil {
		seg.space = true
	}
}

// flush emits the current text run of the frame at stack index i as a
// Block (its Text is set by finish) and starts a new run.
func (w *walker) flush(i int) {
	f := w.stack[i]
	seg := f.seg
	f.seg = segment{}
	if !seg.open {
		return
	}
	end := len(w.arena)
	for end > seg.start && (w.arena[end-1] == '\n' || w.arena[end-1] == ' ') {
		end--
	}
	if end == seg.start || len(w.blocks) >= w.lim.MaxBlocks {
		if end > seg.start {
			w.dropped++
		}
		w.arena = w.arena[:seg.start]
		return
	}
	w.arena = w.arena[:end]
	w.spans = append(w.spans, [2]int{seg.start, end})
	datetime, runes, linkRunes := seg.datetime, seg.runes, seg.linkRunes
	b := Block{
		Node:     f.n,
		Tag:      f.tag,
		Path:     w.pathAt(i),
		Words:    w.wordsAt(i),
		Depth:    f.depth,
		Itemprop: f.itemprop,
		Datetime: datetime,
	}
	if runes > 0 {
		b.LinkDensity = float64(linkRunes) / float64(runes)
	}
	fl := f.flags
	b.InHeading, b.InFigure, b.InList = fl&fHeading != 0, fl&fFigure != 0, fl&fList != 0
	b.InNav, b.InHeader, b.InFooter = fl&fNav != 0, fl&fHeader != 0, fl&fFooter != 0
	b.InAside, b.InForm, b.Hidden = fl&fAside != 0, fl&fForm != 0, fl&fHidden != 0
	w.blocks = append(w.blocks, b)
}
