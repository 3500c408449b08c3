package htmldoc

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// Role is where a block's element sits in the page's structure: the heading,
// lists, quote, preformatted text, table and figure it belongs to. Package
// clean reads it for the blocks of the story, to type the article's body.
type Role struct {
	// Heading is 1 to 6 when the element is, or is inside, h1 to h6.
	Heading int
	// Lists are the list items holding the element, outermost first.
	Lists []ListLevel
	// Quote is the nearest <blockquote> holding the element, or nil.
	Quote *html.Node
	// Pre is set inside <pre> (or <listing>, <xmp>).
	Pre bool
	// Table, Row and Cell are the nearest <table>, <tr> and <td> or <th>
	// holding the element, or nil; HeaderCell is set for a <th> or a cell
	// of <thead>.
	Table, Row, Cell *html.Node
	HeaderCell       bool
	// Figure is the nearest <figure> holding the element, or nil.
	Figure *html.Node
}

// ListLevel is one list around an element: the list and the item of it that
// holds the element (nil for text of the list outside its items).
type ListLevel struct {
	List, Item *html.Node
	Ordered    bool // the list is an <ol>
	Start      int  // an <ol>'s start attribute when it is a number over 1, else 0 (from 1)
}

// maxRoleDepth bounds the ancestors RoleOf reads: lists, quotes and tables
// nested deeper than this inside the element's nearest ones are not seen.
const maxRoleDepth = 96

// RoleOf reads the structure around n from its ancestors, nearest first, up
// to <body> or maxRoleDepth of them.
func RoleOf(n *html.Node) Role {
	var r Role
	var item *html.Node
	var lists []ListLevel // nearest first
	for a, k := n, 0; a != nil && k < maxRoleDepth; a, k = a.Parent, k+1 {
		if a.Type != html.ElementNode || a.Namespace != "" {
			continue
		}
		switch tag := a.Data; tag {
		case "body", "html":
			k = maxRoleDepth
		case "h1", "h2", "h3", "h4", "h5", "h6":
			if r.Heading == 0 {
				r.Heading = int(tag[1] - '0')
			}
		case "li", "dt", "dd":
			if item == nil {
				item = a
			}
		case "ul", "ol", "menu", "dl":
			lv := ListLevel{List: a, Item: item, Ordered: tag == "ol"}
			if lv.Ordered {
				lv.Start = olStart(a)
			}
			lists = append(lists, lv)
			item = nil
		case "blockquote":
			if r.Quote == nil {
				r.Quote = a
			}
		case "pre", "listing", "xmp":
			r.Pre = true
		case "td", "th":
			if r.Cell == nil {
				r.Cell, r.HeaderCell = a, tag == "th"
			}
		case "thead":
			if r.Table == nil && r.Cell != nil {
				r.HeaderCell = true
			}
		case "tr":
			if r.Row == nil {
				r.Row = a
			}
		case "table":
			if r.Table == nil {
				r.Table = a
			}
		case "figure":
			if r.Figure == nil {
				r.Figure = a
			}
		}
	}
	for i := len(lists) - 1; i >= 0; i-- {
		r.Lists = append(r.Lists, lists[i])
	}
	return r
}

// Span is a stretch of a block's text marked up inline: a link or emphasis.
type Span struct {
	Start, End int    // byte offsets in the block's Text
	Kind       string // "link", "em", "strong" or "code"
	Href       string // a link's address as found (links only)
}

// spanKinds are the inline elements kept as Spans.
var spanKinds = map[string]string{
	"a": "link", "em": "em", "i": "em", "cite": "em", "strong": "strong", "b": "strong",
	"code": "code", "kbd": "code", "samp": "code", "tt": "code",
}

// Inliner finds the links and emphasis of blocks' text. It remembers each
// element it has read, so that the runs of text of one element (split by its
// block-level children) cost one reading in all. Not safe for concurrent use.
type Inliner struct {
	runs map[*html.Node][]inlineRun
}

// inlineRun is one run of an element's text with its spans.
type inlineRun struct {
	text     string
	from, to int // the run's bytes in the element's text
	spans    []Span
}

// Spans returns the links and emphasis of the block of element n whose text
// is text, as the walk wrote it; nil when there are none or the text cannot
// be matched to n's runs (an element deeper than Limits.MaxDepth).
func (in *Inliner) Spans(n *html.Node, text string) []Span {
	if n == nil || n.FirstChild == nil || n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode {
		return nil // no child elements, no markup
	}
	if in.runs == nil {
		in.runs = make(map[*html.Node][]inlineRun)
	}
	runs, ok := in.runs[n]
	if !ok {
		runs = readRuns(n)
		in.runs[n] = runs
	}
	for _, r := range runs {
		if r.text == text {
			return r.spans
		}
	}
	return nil
}

// isHiddenElement reports whether n hides itself, as addAttrs judges it.
func isHiddenElement(n *html.Node) bool {
	for _, a := range n.Attr {
		switch {
		case a.Namespace != "":
		case a.Key == "hidden":
			return true
		case a.Key == "aria-hidden" && strings.EqualFold(strings.TrimSpace(a.Val), "true"):
			return true
		case a.Key == "style" && styleHides(a.Val):
			return true
		}
	}
	return false
}

// olStart reads an <ol>'s start attribute: the number of its first item
// when that is over 1 (and under a billion), else 0, for a list that counts
// from 1 (a start of 0 or below is read as 1).
func olStart(ol *html.Node) int {
	for _, at := range ol.Attr {
		if at.Namespace != "" || at.Key != "start" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(at.Val))
		if err != nil || n <= 1 || n >= 1e9 {
			return 0
		}
		return n
	}
	return 0
}
