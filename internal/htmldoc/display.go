package htmldoc

import (
	"strings"

	"golang.org/x/net/html"
)

// An inline element (a span, a link) that a stylesheet displays as a block
// stands on a line of its own in the browser: "The Best Alternatives<span
// class="block">Top Tools</span>" shows two lines, and read as inline it
// would give "AlternativesTop". The walk cannot read stylesheets, but the
// utility classes of the common CSS frameworks and a style attribute say it
// in the markup itself; such an element's text is set off by a line break
// before and after it, as a <br> would, within the block it belongs to.

// classDisplay tells what a class token says of an element's box in the
// common CSS frameworks: block (1) for the tokens that give it a block-level
// display at every screen size (Tailwind's block, flex, grid and flow-root,
// Bootstrap's d-block, d-flex, d-grid and d-table, Bulma's is-block,
// is-flex and is-grid), out of the flow (-1) for those that position it
// absolute or fixed (Tailwind's absolute and fixed, Bootstrap's
// position-absolute and position-fixed: a decorative underline laid over a
// word breaks no line whatever its display), else 0. Prefixed variants that
// hold at some screen sizes only (md:block, d-md-flex) are not counted, nor
// inline-block and inline-flex, which stay in the line. A switch, not a map:
// it is asked of every class token of every inline element.
func classDisplay(tok string) int {
	switch tok {
	case "block", "flex", "grid", "flow-root", "d-block", "d-flex", "d-grid", "d-table", "is-block", "is-flex", "is-grid":
		return 1
	case "absolute", "fixed", "position-absolute", "position-fixed":
		return -1
	}
	return 0
}

// blockDisplays are the values of a display declaration that make a
// block-level box.
var blockDisplays = map[string]bool{
	"block": true, "flex": true, "grid": true, "table": true, "flow-root": true, "list-item": true,
}

// displaysBlock reports whether inline element n is displayed as a block by
// a class token (see classDisplay) or by its style attribute, and is not positioned out
// of the text's flow.
func displaysBlock(n *html.Node) bool {
	block := false
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "class":
			for tok := range strings.FieldsSeq(a.Val) {
				switch classDisplay(tok) {
				case -1:
					return false
				case 1:
					block = true
				}
			}
		case "style":
			b, positioned := styleBlock(a.Val)
			if positioned {
				return false
			}
			block = block || b
		}
	}
	return block
}

// styleBlock reports whether an inline style's last display declaration
// gives a block-level box ("display: block", "display:flex !important"),
// and whether it positions the element absolute or fixed.
func styleBlock(style string) (block, positioned bool) {
	s := strings.ToLower(style) // no copy when style has no capitals
	if !strings.Contains(s, "display") && !strings.Contains(s, "position") {
		return false, false
	}
	for decl := range strings.SplitSeq(s, ";") {
		name, value, _, ok := cssDecl(decl)
		if !ok {
			continue
		}
		switch name {
		case "display":
			block = blockDisplays[value]
		case "position":
			positioned = value == "absolute" || value == "fixed"
		}
	}
	return block, positioned
}
