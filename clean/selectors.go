package clean

import (
	"github.com/andybalholm/cascadia"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// applySelectors applies the active rules' HTML selectors: blocks inside a
// "remove" element are clutter, a block inside a "title" element is the
// title, and when a rule names the "body" element, blocks outside it are not
// the story.
func (p *page) applySelectors(hbs []htmldoc.Block) {
	for _, r := range p.active {
		h := r.html
		if h.title == nil && h.body == nil && len(h.remove) == 0 {
			continue
		}
		hasBody := false
		for i, hb := range hbs {
			switch {
			case anyWithin(hb.Node, h.remove):
				p.labelAs(i, Other, r.id)
			case h.title != nil && within(hb.Node, h.title):
				p.labelAs(i, Title, r.id)
			case h.body != nil && within(hb.Node, h.body):
				hasBody = true
			}
		}
		if !hasBody {
			continue // the page does not have the element: trust nothing to it
		}
		for i, hb := range hbs {
			if h.body != nil && !within(hb.Node, h.body) {
				p.labelAs(i, Other, r.id)
			}
		}
	}
}

// within reports whether n or one of its ancestors matches sel.
func within(n *html.Node, sel cascadia.Sel) bool {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && sel.Match(n) {
			return true
		}
	}
	return false
}

func anyWithin(n *html.Node, sels []cascadia.Sel) bool {
	for _, s := range sels {
		if within(n, s) {
			return true
		}
	}
	return false
}

// htmlWarnings passes on the HTML front end's warnings. Their kinds are
// already the stable kinds of [Warning].Kind.
func htmlWarnings(ws []htmldoc.Warning) []Warning {
	var out []Warning
	for _, w := range ws {
		out = append(out, Warning{Kind: string(w.Kind), Detail: w.Detail})
	}
	return out
}
