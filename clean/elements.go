package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

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
// their class, link lists, captions, headings. On a page of links (every
// free block an item of a link list) the items stay free, the page's body
// as the story detector would keep it, and the page gets a
// "not-an-article" warning (see linkPageEvidence).
func (p *Page) labelElements(hbs []htmldoc.Block) {
	links := p.linkListOnly(hbs)
	if links > 0 {
		p.warnings = append(p.warnings, Warning{Kind: "not-an-article", Detail: "no story found: " + linkPageDetail(links)})
	}
	for i := range hbs {
		if k, rule := elementKind(&hbs[i]); k != "" && (links == 0 || rule != linkListRule) {
			p.labelAs(i, k, rule)
		}
	}
}

// elementKind returns the kind a block's element gives it, and the rule
// that says so, or "" when the element says nothing.
func elementKind(hb *htmldoc.Block) (Kind, string) {
	switch {
	case hb.Hidden:
		return Other, "html/hidden"
	case hb.Itemprop == "articleBody" || hb.Itemprop == "text":
		// The page says this is the story: no furniture heuristics.
		return "", ""
	case hb.InNav:
		return Nav, "html/nav"
	case hb.InFooter && !strings.Contains(hb.Path, "article"):
		return Nav, "html/footer"
	case hb.InHeader && !strings.Contains(hb.Path, "article") && hb.Tag != "h1":
		return Nav, "html/header"
	case hb.InAside:
		return Related, "html/aside"
	case hb.InForm && !hb.InHeading && !isProse(hb.Text):
		// Some sites wrap the whole page in one <form>: only the
		// form's own furniture (labels, buttons) is furniture.
		return Other, "html/form"
	case hb.Tag == "figcaption":
		return Caption, "html/caption"
	}
	if k, ok := wordKind(hb.Words); ok && !isProse(hb.Text) {
		return k, "html/class"
	}
	if hb.LinkDensity > linkListDensity && !isProse(hb.Text) {
		return Nav, linkListRule
	}
	return "", ""
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
