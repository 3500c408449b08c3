package extract

import (
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// HTML extracts the article from an HTML page. contentType is the page's
// HTTP Content-Type when known (for its charset), or "". What the page says
// about itself (JSON-LD, OpenGraph, meta tags) fills the fields the visible
// text leaves empty: title, authors, section, language, canonical URL and,
// last of all sources, the publish date. opts may be nil.
func HTML(src []byte, contentType string, opts *Options) (*Article, error) {
	res, err := clean.HTML(src, contentType, opts.clean())
	if err != nil {
		return nil, wrap(opts, err)
	}
	if opts == nil {
		opts = &Options{}
	}
	m := res.Meta
	o := *opts
	if o.URL == "" && strings.HasPrefix(m.URL, "http") {
		o.URL = m.URL
	}
	a := FromBlocks(res, &o)
	if a.Title == "" {
		a.Title = m.TitleNoSite
	}
	if len(a.Authors) == 0 {
		a.Authors = m.Authors
	}
	if a.Section == "" {
		a.Section = m.Section
	}
	if a.Language == "" && m.Language != "" {
		a.Language = strings.ToLower(strings.SplitN(m.Language, "-", 2)[0])
	}
	return a, nil
}
