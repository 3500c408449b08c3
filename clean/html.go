package clean

import (
	"errors"
	"fmt"
	"strings"

	"github.com/andybalholm/cascadia"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"golang.org/x/net/html"
)

// Meta is what an HTML page says about itself in JSON-LD, OpenGraph and meta
// tags. Values are as found; dates are not parsed.
type Meta struct {
	Title, Description, Section, SiteName, URL, Language string
	Published                                            string   // usually ISO 8601
	PublishedSource                                      string   // "json-ld", "opengraph", "meta" or "microdata"
	Authors                                              []string // in page order
}

// HTML cleans an HTML page: one block per block-level element, labelled by
// the element's features (navigation, asides, footers, forms, hidden
// elements, share and comment widgets, link lists) and then by the same
// detectors as text. contentType is the page's HTTP Content-Type when known
// (for its charset), or "". opts may be nil. Block.Line is the block's
// index + 1, and Result.Meta holds the page's metadata.
func HTML(src []byte, contentType string, opts *Options) (*Result, error) {
	doc, err := htmldoc.Parse(src, contentType, htmldoc.Limits{MaxBytes: opts.maxBytes()})
	switch {
	case errors.Is(err, htmldoc.ErrTooLarge):
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d (Options.MaxBytes)", ErrTooLarge, len(src), opts.maxBytes())
	case errors.Is(err, htmldoc.ErrEmpty):
		return nil, fmt.Errorf("%w: %v", ErrEmpty, err)
	case errors.Is(err, htmldoc.ErrNotHTML):
		return nil, fmt.Errorf("%w: %v", ErrBinary, err)
	case err != nil:
		return nil, fmt.Errorf("clean: %w", err)
	}
	blocks := make([]Block, len(doc.Blocks))
	var all strings.Builder
	for i, hb := range doc.Blocks {
		blocks[i] = Block{Text: hb.Text, Line: i + 1, HTML: &Features{Tag: hb.Tag, Path: hb.Path, Words: hb.Words, LinkDensity: hb.LinkDensity}}
		all.WriteString(hb.Text)
		all.WriteByte('\n')
	}
	p := newPage(blocks, all.String(), opts)
	defer p.release()
	p.detectOutlet()
	p.applySelectors(doc.Blocks)
	p.labelElements(doc.Blocks)
	p.labelOutsideMain(doc.Blocks)
	p.labelRest()
	m := doc.Meta
	res := &Result{Blocks: p.blocks, Outlet: p.outlet, Rules: p.active, Warnings: htmlWarnings(doc.Warnings), Meta: &Meta{
		Title: m.Title, Description: m.Description, Section: m.Section, SiteName: m.SiteName, URL: m.URL,
		Language: m.Language, Published: m.Published, PublishedSource: m.Source, Authors: m.Authors,
	}}
	return res, nil
}

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

// htmlWarnings gives the HTML front end's warnings their kinds.
func htmlWarnings(msgs []string) []Warning {
	var out []Warning
	for _, m := range msgs {
		kind := "html"
		switch {
		case strings.Contains(m, "invalid UTF-8"):
			kind = "invalid-utf8"
		case strings.Contains(m, "charset"):
			kind = "charset"
		case strings.Contains(m, "nesting"):
			kind = "deep-nesting"
		case strings.Contains(m, "block limit"):
			kind = "block-limit"
		case strings.Contains(m, "JSON-LD"):
			kind = "json-ld"
		case strings.Contains(m, "no visible text"):
			kind = "no-text"
		}
		out = append(out, Warning{Kind: kind, Detail: m})
	}
	return out
}

// Class and id words that mark page furniture, by the kind they mark.
var furnitureWords = map[string]Kind{
	"nav": Nav, "navbar": Nav, "navigation": Nav, "menu": Nav, "breadcrumb": Nav, "breadcrumbs": Nav,
	"pagination": Nav, "pager": Nav, "footer": Nav, "masthead": Nav, "topbar": Nav,
	"share": Share, "sharing": Share, "social": Share, "sharer": Share,
	"comment": CommentPrompt, "comments": CommentPrompt, "disqus": CommentPrompt, "respond": CommentPrompt,
	"related": Related, "recommended": Related, "recommendations": Related, "sidebar": Related, "widget": Related,
	"popular": Latest, "trending": Latest, "latest": Latest,
	"cookie": Cookie, "cookies": Cookie, "consent": Cookie, "gdpr": Cookie,
	"ad": Ad, "ads": Ad, "advert": Ad, "advertisement": Ad, "banner": Ad, "sponsor": Ad, "sponsored": Ad, "promo": Ad,
	"subscribe": Subscribe, "subscription": Subscribe, "newsletter": Subscribe, "paywall": Subscribe,
	"tags": Metadata, "tag": Metadata,
}

// labelElements labels blocks by what their elements are: hidden text,
// navigation, page headers and footers, asides, forms, widgets named by
// their class, link lists, captions, headings.
func (p *page) labelElements(hbs []htmldoc.Block) {
	for i, hb := range hbs {
		switch {
		case hb.Hidden:
			p.labelAs(i, Other, "html/hidden")
		case hb.Itemprop == "articleBody" || hb.Itemprop == "text":
			// The page says this is the story: no furniture heuristics.
		case hb.InNav:
			p.labelAs(i, Nav, "html/nav")
		case hb.InFooter && !strings.Contains(hb.Path, "article"):
			p.labelAs(i, Nav, "html/footer")
		case hb.InHeader && !strings.Contains(hb.Path, "article") && hb.Tag != "h1":
			p.labelAs(i, Nav, "html/header")
		case hb.InAside:
			p.labelAs(i, Related, "html/aside")
		case hb.InForm && !hb.InHeading && !isProse(hb.Text):
			// Some sites wrap the whole page in one <form>: only the
			// form's own furniture (labels, buttons) is furniture.
			p.labelAs(i, Other, "html/form")
		case hb.Tag == "figcaption":
			p.labelAs(i, Caption, "html/caption")
		}
		if !p.free(i) {
			continue
		}
		if k, ok := wordKind(hb.Words); ok && !isProse(hb.Text) {
			p.labelAs(i, k, "html/class")
			continue
		}
		if hb.LinkDensity > 0.6 && !isProse(hb.Text) {
			p.labelAs(i, Nav, "html/links")
		}
	}
}

// wordKind returns the furniture kind the nearest marking class or id word
// names.
func wordKind(words []string) (Kind, bool) {
	for i := len(words) - 1; i >= 0; i-- {
		if k, ok := furnitureWords[words[i]]; ok {
			return k, true
		}
	}
	return "", false
}
