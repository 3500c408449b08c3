package extract

import (
	"strings"
	"time"

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
	if a.Title == "" && m.Title != "" {
		a.Title = m.Title
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
	if (a.Published == "" || a.PublishedFrom == FromURL) && m.Published != "" {
		if iso, ok := isoDate(m.Published); ok {
			a.Published, a.PublishedFrom = iso, FromMeta
		}
	}
	return a, nil
}

// isoDate rewrites a date from page metadata as ISO 8601 at the precision
// it has: "2024-01-18", "2023-05-25T23:12:00+04:00", "2023-05-25T23:12:00".
func isoDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Location() == time.UTC && strings.HasSuffix(s, "Z") {
				return t.Format("2006-01-02T15:04:05Z07:00"), true
			}
			return t.Format("2006-01-02T15:04:05-07:00"), true
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02T15:04:05"), true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}
