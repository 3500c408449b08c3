package extract

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean"
)

// unit is one paragraph of Body, or one picture, on its way into Blocks.
type unit struct {
	text   string      // the paragraph as Body holds it, marker stripped (list items)
	inline []Inline    // its links and emphasis, by offsets in text
	role   *clean.Role // the structure around it: the HTML's, or inferred from text
	at     int         // the input block it starts at, for ordering pictures
	image  int         // the picture's index in Images, or -1 for a paragraph
}

// typeBody types the article's body into Blocks: the paragraphs of Body
// (already normalised), grouped into the lists, quotes and tables the HTML
// has or the text suggests, with the pictures at their places.
func (as *assembler) typeBody() []Block {
	a, opts := as.a, as.opts
	if len(a.Body) == 0 && len(a.Images) == 0 {
		return nil
	}
	base := pageBase(a.URL)
	var reps [][]Replacement // by paragraph; made for the first one with HTML spans to move
	us := make([]unit, 0, len(a.Body)+len(a.Images))
	pics := as.picturesInOrder(opts)
	addImagesBefore := func(at int) {
		for len(pics) > 0 && pics[0].at <= at {
			us = append(us, pics[0])
			pics = pics[1:]
		}
	}
	for k, text := range a.Body {
		at := as.bodyFrom[k]
		addImagesBefore(at)
		u := unit{text: text, at: at, image: -1}
		if b := &as.res.Blocks[at]; b.HTML != nil && b.HTML.Role != nil {
			if reps == nil {
				reps = bodyReplacements(a.Replacements, len(a.Body))
			}
			u.role = b.HTML.Role
			u.inline = shiftInline(u.role.Inline, reps[k], text, base, opts.NoLinks)
		}
		us = append(us, u)
	}
	addImagesBefore(len(as.res.Blocks))
	inferText(us)
	return group(us, false, opts)
}

// picturesInOrder returns a unit per picture (an address or a caption), in the order
// of the blocks they stand at; none with Options.NoImages.
func (as *assembler) picturesInOrder(opts *Options) []unit {
	var pics []unit
	for i, at := range as.imageAt {
		if i < len(as.a.Images) && !opts.NoImages {
			pics = append(pics, unit{at: at, image: i})
		}
	}
	slices.SortStableFunc(pics, func(x, y unit) int { return cmp.Compare(x.at, y.at) })
	return pics
}

// bodyReplacements sorts the body's replacements by paragraph.
func bodyReplacements(all []Replacement, n int) [][]Replacement {
	out := make([][]Replacement, n)
	for _, r := range all {
		if r.Field == "body" && r.Index >= 0 && r.Index < n {
			out[r.Index] = append(out[r.Index], r)
		}
	}
	return out
}

// shiftInline moves the HTML's spans through the rewrites normalisation made
// to the paragraph (offsets in the text before it), resolves links against
// base, and drops what no longer fits the text and links that lead nowhere
// a reader can follow (scripts, in-page anchors).
func shiftInline(spans []clean.Inline, reps []Replacement, text string, base *url.URL, noLinks bool) []Inline {
	var out []Inline
	for _, s := range spans {
		if noLinks && s.Kind == "link" {
			continue
		}
		in := Inline{Start: shiftOffset(s.Start, reps), End: shiftOffset(s.End, reps), Kind: s.Kind}
		if in.Start < 0 || in.End > len(text) || in.Start >= in.End ||
			!utf8.RuneStart(text[in.Start]) || in.End < len(text) && !utf8.RuneStart(text[in.End]) {
			continue
		}
		if s.Kind == "link" {
			if in.Href = resolveURL(base, s.Href); in.Href == "" {
				continue
			}
		}
		out = append(out, in)
	}
	return out
}

// shiftOffset maps a byte offset in a text before its rewrites to the text
// after them; an offset inside a rewritten stretch goes to its start.
func shiftOffset(off int, reps []Replacement) int {
	d := 0
	for _, r := range reps {
		switch {
		case r.Offset+len(r.From) <= off:
			d += len(r.To) - len(r.From)
		case r.Offset < off:
			return r.Offset + d
		}
	}
	return off + d
}

// pageBase is the page's address parsed, to resolve its links against
// (nil when it does not parse); for a page without one, the empty URL that
// url.Parse("") gives, without the parse.
func pageBase(s string) *url.URL {
	if s == "" {
		return &url.URL{}
	}
	u, _ := url.Parse(s)
	return u
}

// resolveURL resolves ref against base and returns it when it is an http,
// https or mailto address; "" otherwise (javascript:, data:, an in-page
// anchor, an address that does not parse).
func resolveURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") || len(ref) > 4096 {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && base.IsAbs() {
		u = base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return ""
		}
		return u.String()
	case "mailto":
		return u.String()
	case "":
		if base == nil || !base.IsAbs() {
			return u.String() // relative, and no page address to resolve it against
		}
	}
	return ""
}

// group builds blocks from a run of units: a run of one quote, table or
// list becomes one block. Within a quote (inQuote) quotes do not nest.
func group(us []unit, inQuote bool, opts *Options) []Block {
	if len(us) == 0 {
		return nil
	}
	// Most units make one block each (runs make fewer): one allocation
	// instead of a doubling per page.
	out := make([]Block, 0, len(us))
	for i := 0; i < len(us); {
		u := us[i]
		r := u.role
		switch {
		case u.image >= 0:
			n := u.image
			out = append(out, Block{Type: Picture, Image: &n})
			i++
		case r != nil && r.Quote != 0 && !inQuote:
			j := runOf(us, i, func(v *clean.Role) bool { return v.Quote == r.Quote })
			out = append(out, Block{Type: Quote, Blocks: group(us[i:j], true, opts)})
			i = j
		case r != nil && r.Table != 0 && !opts.NoTables:
			j := runOf(us, i, func(v *clean.Role) bool { return v.Table == r.Table })
			if t := table(us[i:j]); !isLayout(t) {
				out = append(out, t)
			} else {
				out = append(out, group(untabled(us[i:j]), inQuote, opts)...)
			}
			i = j
		case r != nil && len(r.Lists) > 0:
			j := runOf(us, i, func(v *clean.Role) bool { return len(v.Lists) > 0 && v.Lists[0].List == r.Lists[0].List })
			out = append(out, list(us[i:j], 0))
			i = j
		case r != nil && r.Heading > 0:
			out = append(out, Block{Type: Heading, Level: r.Heading, Text: u.text, Inline: u.inline})
			i++
		case r != nil && r.Pre:
			out = append(out, Block{Type: Code, Text: u.text})
			i++
		default:
			out = append(out, Block{Type: Paragraph, Text: u.text, Inline: u.inline})
			i++
		}
	}
	return out
}

// runOf returns the end of the run of paragraphs from i whose roles satisfy
// same.
func runOf(us []unit, i int, same func(*clean.Role) bool) int {
	j := i + 1
	for j < len(us) && us[j].image < 0 && us[j].role != nil && same(us[j].role) {
		j++
	}
	return j
}

// table builds a table from the paragraphs of its cells: a new row where
// the row changes, a new cell where the cell does (a cell of several
// paragraphs is joined with spaces).
func table(us []unit) Block {
	b := Block{Type: Table}
	header := true
	row, cell := -1, -1
	for _, u := range us {
		r := u.role
		if len(b.Rows) == 0 || r.Row != row || r.Row == 0 {
			b.Rows = append(b.Rows, nil)
			row, cell = r.Row, -1
		}
		cur := &b.Rows[len(b.Rows)-1]
		if len(b.Rows) == 1 && !r.HeaderCell {
			header = false
		}
		if r.Cell == cell && r.Cell != 0 && len(*cur) > 0 {
			(*cur)[len(*cur)-1] += " " + u.text
			continue
		}
		*cur = append(*cur, u.text)
		cell = r.Cell
	}
	b.Header = header && len(b.Rows) > 1
	return b
}

// Tables that lay a page out rather than hold data: one column, or a cell
// as long as a paragraph of prose.
const maxDataCell = 300

// isLayout reports whether a table lays the page out: a single column, or a
// cell of prose.
func isLayout(t Block) bool {
	cols := 0
	for _, r := range t.Rows {
		cols = max(cols, len(r))
		for _, c := range r {
			if len(c) > maxDataCell {
				return true
			}
		}
	}
	return cols < 2
}

// untabled returns the units with their table taken out of their roles.
func untabled(us []unit) []unit {
	out := make([]unit, len(us))
	for i, u := range us {
		role := *u.role
		role.Table, role.Row, role.Cell, role.HeaderCell = 0, 0, 0, false
		u.role = &role
		out[i] = u
	}
	return out
}

// list builds the list at nesting depth d from its paragraphs: an item per
// list item, a nested list per run of deeper paragraphs.
func list(us []unit, d int) Block {
	b := Block{Type: List, Ordered: us[0].role.Lists[d].Ordered, Start: us[0].role.Lists[d].Start}
	lastItem := -1
	for i := 0; i < len(us); {
		lv := us[i].role.Lists
		if len(lv) == d+1 {
			// The run of paragraphs of this one item, joined at once.
			j := i + 1
			for lv[d].Item != 0 && j < len(us) && len(us[j].role.Lists) == d+1 && us[j].role.Lists[d].Item == lv[d].Item {
				j++
			}
			n := len(b.Items)
			if n > 0 && lv[d].Item == lastItem && lastItem != 0 && b.Items[n-1].List == nil {
				joinItem(&b.Items[n-1], us[i:j])
			} else {
				b.Items = append(b.Items, ListItem{Text: us[i].text, Inline: us[i].inline})
				joinItem(&b.Items[n], us[i+1:j])
			}
			lastItem = lv[d].Item
			i = j
			continue
		}
		sub := lv[d+1].List
		j := i + 1
		for j < len(us) && len(us[j].role.Lists) > d+1 && us[j].role.Lists[d+1].List == sub {
			j++
		}
		nested := list(us[i:j], d+1)
		if n := len(b.Items); n > 0 && lv[d].Item == lastItem && b.Items[n-1].List == nil {
			b.Items[n-1].List = &nested
		} else {
			b.Items = append(b.Items, ListItem{List: &nested})
		}
		lastItem = lv[d].Item
		i = j
	}
	return b
}

// joinItem adds paragraphs to a list item's text (an item of several runs
// of text), each after a space, and their inline spans shifted to match.
// It builds the text once, so an item of many runs costs linear time.
func joinItem(it *ListItem, us []unit) {
	if len(us) == 0 {
		return
	}
	size := len(it.Text)
	for _, u := range us {
		size += len(u.text) + 1
	}
	var sb strings.Builder
	sb.Grow(size)
	sb.WriteString(it.Text)
	for _, u := range us {
		shift := 0
		if sb.Len() > 0 {
			sb.WriteByte(' ')
			shift = sb.Len()
		}
		sb.WriteString(u.text)
		for _, in := range u.inline {
			in.Start += shift
			in.End += shift
			it.Inline = append(it.Inline, in)
		}
	}
	it.Text = sb.String()
}
