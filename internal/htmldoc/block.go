package htmldoc

import "golang.org/x/net/html"

// Block is one piece of a page's visible text with the features the
// labelling stage uses to tell article text from clutter.
//
// A block is the text of one block-level element: its inline descendants
// are included, its block-level descendants are blocks of their own. When an
// element has text both before and after a block-level child, each run of
// text becomes a separate Block (same Tag, Path and features), so blocks stay
// in document order. Table cells (td, th) are one block each.
type Block struct {
	// Text is the visible text, whitespace runs collapsed to one space,
	// each <br> a "\n", never empty, always valid UTF-8.
	Text string
	// Tag is the lower-case name of the element: "p", "h1", "li", "td" ...
	// An inline element hidden from view (see Hidden) is a block of its own,
	// so Tag can also be an inline name such as "span".
	Tag string
	// Path is the chain of element names from <body> to the element, joined
	// with ">": "body>div>article>p". Inline ancestors are included.
	Path string
	// Words holds the lower-cased tokens of the class and id attributes of
	// the element and its ancestors, outermost first, each once, split on
	// punctuation, spaces and camelCase ("articleBody" gives "article",
	// "body"); numbers alone are dropped. At most 96 are kept, the nearest.
	// The slice may share memory with other blocks' Words: do not modify it.
	Words []string
	// LinkDensity is the share of Text's non-space characters that sit
	// inside <a> elements, from 0 to 1.
	LinkDensity float64
	// Depth is the element's depth below <body> (body is 0).
	Depth int

	// The element or one of its ancestors is, or has the ARIA role of, a
	// heading (h1-h6, hgroup), figure, list (ul, ol, dl, menu, li), nav,
	// header, footer, aside or form.
	InHeading, InFigure, InList, InNav, InHeader, InFooter, InAside, InForm bool
	// Hidden is set when the element or an ancestor has the hidden
	// attribute, aria-hidden="true", or an inline style with display:none or
	// visibility:hidden.
	Hidden bool
	// Itemprop is the schema.org itemprop of the element or its nearest
	// ancestor that has one, such as "articleBody", "headline", "author".
	Itemprop string
	// Datetime is the datetime attribute of the first <time> inside this
	// block's text, or "".
	Datetime string
	// Node is the element whose text this block is, for matching CSS
	// selectors against it and its ancestors. It is part of the parsed
	// tree: do not modify it.
	Node *html.Node
}
