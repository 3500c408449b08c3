package clean

import (
	"sort"
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// Role is where an HTML block sits in the page's structure: its heading
// level, the lists, quote and table holding it, and its links and emphasis.
// Package clean fills it (Features.Role) for the blocks labelled body,
// caption and credit, which package extract types; elements are numbered
// per page from 1 so that blocks of one list, table or figure can be told
// apart from the next one's.
type Role struct {
	Heading    int         // 1 to 6 inside h1 to h6
	Lists      []ListLevel // the lists holding the block, outermost first
	Quote      int         // the <blockquote> holding it; 0 none
	Pre        bool        // preformatted text (<pre>)
	Table      int         // the <table> holding it; 0 none
	Row, Cell  int         // its <tr> and <td> or <th>
	HeaderCell bool        // a <th>, or a cell of <thead>
	Figure     int         // the <figure> holding it; 0 none
	Inline     []Inline    // links and emphasis, by byte offsets in Block.Text, by start
}

// ListLevel is one list around a block: the list and the item holding the
// block (0 for text of the list outside its items), numbered per page.
type ListLevel struct {
	// List numbers the list element (<ul>, <ol>, <menu> or <dl>) and Item
	// the item in it that holds the block (<li>, <dt> or <dd>), 0 when the
	// block is in the list but in none of its items. The numbers count
	// from 1 per page, shared with Role's other element numbers: only
	// equality means anything (two blocks with the same Item are in one
	// item). Package extract numbers the lists it infers from text below 0.
	List, Item int
	Ordered    bool // an <ol>
	Start      int  // an ordered list's first number when over 1, else 0 (from 1)
}

// Inline is a link or emphasis in a block's text.
type Inline struct {
	Start int    `json:"start"`          // byte offset of its first byte
	End   int    `json:"end"`            // byte offset after its last byte
	Kind  string `json:"kind"`           // "link", "em", "strong" or "code"
	Href  string `json:"href,omitempty"` // a link's address, as the page gives it
}

// Image is an <img> of an HTML page's body outside navigation, headers,
// footers, asides and hidden elements, as found: Result.Images.
type Image struct {
	Src           string // the address as found (see htmldoc: src, or the lazy-loading attribute)
	Alt           string // the alternative text
	Width, Height int    // from the attributes, in pixels; 0 when not given
	Before        int    // the index of the first block after it (len(Blocks) when none)
	Figure        int    // the <figure> holding it, numbered as Role.Figure; 0 none
}

// numbering gives elements per-page numbers, from 1, in first-met order.
type numbering map[*html.Node]int

func (n numbering) of(e *html.Node) int {
	if e == nil {
		return 0
	}
	if id, ok := n[e]; ok {
		return id
	}
	id := len(n) + 1
	n[e] = id
	return id
}

// addRoles fills Features.Role for the story's blocks and returns the page's
// images, numbered alike.
func addRoles(blocks []Block, doc *htmldoc.Doc) []Image {
	ids := numbering{}
	var in htmldoc.Inliner
	for i := range blocks {
		b := &blocks[i]
		if b.HTML == nil || b.Kind != Body && b.Kind != Caption && b.Kind != Credit {
			continue
		}
		k := b.Line - 1
		if k < 0 || k >= len(doc.Blocks) || doc.Blocks[k].Node == nil {
			continue
		}
		hb := &doc.Blocks[k]
		r := htmldoc.RoleOf(hb.Node)
		role := &Role{
			Heading: r.Heading, Quote: ids.of(r.Quote), Pre: r.Pre,
			Table: ids.of(r.Table), Row: ids.of(r.Row), Cell: ids.of(r.Cell), HeaderCell: r.HeaderCell,
			Figure: ids.of(r.Figure),
		}
		for _, l := range r.Lists {
			role.Lists = append(role.Lists, ListLevel{List: ids.of(l.List), Item: ids.of(l.Item), Ordered: l.Ordered, Start: l.Start})
		}
		if b.Col == 0 && strings.HasPrefix(hb.Text, b.Text) { // the block, or its start a stage cut its end from
			for _, s := range in.Spans(hb.Node, hb.Text) {
				if s.End <= len(b.Text) {
					role.Inline = append(role.Inline, Inline{Start: s.Start, End: s.End, Kind: s.Kind, Href: s.Href})
				}
			}
			sort.SliceStable(role.Inline, func(x, y int) bool { return role.Inline[x].Start < role.Inline[y].Start })
		}
		b.HTML.Role = role
	}
	var imgs []Image
	at := 0 // the first result block from the walker's block im.Before on
	for _, im := range doc.Images {
		if im.Aside {
			continue
		}
		if at > 0 && blocks[at-1].Line > im.Before {
			at = 0 // (the walker lists its images in the page's order)
		}
		for at < len(blocks) && blocks[at].Line <= im.Before {
			at++
		}
		imgs = append(imgs, Image{
			Src: im.Src, Alt: im.Alt, Width: im.Width, Height: im.Height, Before: at,
			Figure: ids.of(htmldoc.RoleOf(im.Node).Figure),
		})
	}
	return imgs
}
