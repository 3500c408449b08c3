package clean

import (
	"errors"
	"fmt"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// htmlRule holds an outlet's HTML selectors, compiled. A nil matcher is a
// selector the rule does not give.
type htmlRule struct {
	title, body goquery.Matcher
	remove      goquery.Matcher // every remove selector at once
}

// compileHTMLRule compiles the selectors of a rule's [html] table: title,
// body and remove, each one CSS selector (a group with commas is not
// accepted; remove takes a list instead). A selector that does not parse is
// an error naming its field, made by fail.
func compileHTMLRule(title, body string, remove []string, fail func(field string, err error) error) (htmlRule, error) {
	var h htmlRule
	parse := func(field, s string) (cascadia.Sel, error) {
		sel, err := cascadia.Parse(s)
		if err != nil {
			return nil, fail(field, err)
		}
		return sel, nil
	}
	if title != "" {
		sel, err := parse("html.title", title)
		if err != nil {
			return h, err
		}
		h.title = cascadia.Selector(sel.Match)
	}
	if body != "" {
		sel, err := parse("html.body", body)
		if err != nil {
			return h, err
		}
		h.body = cascadia.Selector(sel.Match)
	}
	var group cascadia.SelectorGroup
	for i, s := range remove {
		field := fmt.Sprintf("html.remove[%d]", i)
		if s == "" {
			return h, fail(field, errors.New("empty selector"))
		}
		sel, err := parse(field, s)
		if err != nil {
			return h, err
		}
		group = append(group, sel)
	}
	if len(group) > 0 {
		h.remove = cascadia.Selector(group.Match)
	}
	return h, nil
}

// applySelectors applies the active rules' HTML selectors: blocks inside a
// "remove" element are clutter, a block inside a "title" element is the
// title, and when a rule names the "body" element, blocks outside it are not
// the story.
func (p *Page) applySelectors(hbs []htmldoc.Block) {
	var doc *goquery.Document // the page, made when a rule has selectors
	for _, r := range p.active() {
		h := r.html
		if h.title == nil && h.body == nil && h.remove == nil {
			continue
		}
		if doc == nil {
			if doc = document(hbs); doc == nil {
				return // no blocks
			}
		}
		remove, title, body := find(doc, h.remove), find(doc, h.title), find(doc, h.body)
		hasBody := false
		for i, hb := range hbs {
			switch {
			case remove.holds(hb.Node):
				if p.labelAs(i, Other, r.id) {
					p.hit(r, fHTMLRemove, 0)
				}
			case title.holds(hb.Node):
				if p.labelAs(i, Title, r.id) {
					p.hit(r, fHTMLTitle, 0)
				}
			case body.holds(hb.Node):
				hasBody = true
			}
		}
		if !hasBody {
			continue // the page does not have the element: trust nothing to it
		}
		for i, hb := range hbs {
			if !body.holds(hb.Node) && p.labelAs(i, Other, r.id) {
				p.hit(r, fHTMLBody, 0)
			}
		}
	}
}

// document returns the parsed page the blocks come from, or nil when there
// are no blocks.
func document(hbs []htmldoc.Block) *goquery.Document {
	for _, hb := range hbs {
		if n := hb.Node; n != nil {
			for n.Parent != nil {
				n = n.Parent
			}
			return goquery.NewDocumentFromNode(n)
		}
	}
	return nil
}

// nodeSet is a set of elements of a page.
type nodeSet map[*html.Node]bool

// find returns the elements of doc that m matches; none when m is nil.
func find(doc *goquery.Document, m goquery.Matcher) nodeSet {
	if m == nil {
		return nil
	}
	found := doc.FindMatcher(m).Nodes
	set := make(nodeSet, len(found))
	for _, n := range found {
		set[n] = true
	}
	return set
}

// holds reports whether n or one of its ancestors is in the set.
func (s nodeSet) holds(n *html.Node) bool {
	if len(s) == 0 {
		return false
	}
	for ; n != nil; n = n.Parent {
		if s[n] {
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
