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

// blockClasses are class tokens that give an element a block-level display
// in the common CSS frameworks, at every screen size: Tailwind's block,
// flex, grid and flow-root, Bootstrap's d-block, d-flex, d-grid and
// d-table, Bulma's is-block, is-flex and is-grid. Prefixed variants that hold
// at some screen sizes only (md:block, d-md-flex) are not counted, nor
// inline-block and inline-flex, which stay in the line.
var blockClasses = map[string]bool{
	"block": true, "flex": true, "grid": true, "flow-root": true,
	"d-block": true, "d-flex": true, "d-grid": true, "d-table": true,
	"is-block": true, "is-flex": true, "is-grid": true,
}

// blockDisplays are the values of a display declaration that make a
// block-level box.
var blockDisplays = map[string]bool{
	"block": true, "flex": true, "grid": true, "table": true, "flow-root": true, "list-item": true,
}

// displaysBlock reports whether inline element n is displayed as a block by
// one of blockClasses or by its style attribute.
func displaysBlock(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "class":
			for tok := range strings.FieldsSeq(a.Val) {
				if blockClasses[tok] {
					return true
				}
			}
		case "style":
			if styleBlock(a.Val) {
				return true
			}
		}
	}
	return false
}

// styleBlock reports whether an inline style's last display declaration
// gives a block-level box ("display: block", "display:flex !important").
func styleBlock(style string) bool {
	s := strings.ToLower(style) // no copy when style has no capitals
	if !strings.Contains(s, "display") {
		return false
	}
	block := false
	for decl := range strings.SplitSeq(s, ";") {
		name, value, ok := strings.Cut(decl, ":")
		if !ok || strings.TrimSpace(name) != "display" {
			continue
		}
		value = strings.TrimSpace(value)
		if v, ok := strings.CutSuffix(value, "important"); ok {
			value = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!"))
		}
		block = blockDisplays[value]
	}
	return block
}
