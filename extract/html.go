package extract

import (
	"io"
	"net/url"
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// HTML extracts the article from an HTML page read from r, reading at most
// Options.MaxBytes (and failing with clean.ErrTooLarge beyond). contentType
// is the page's HTTP Content-Type when known (for its charset), or "". What
// the page says about itself (JSON-LD, OpenGraph, meta tags) fills the
// fields the visible text leaves empty: title, authors, section, language,
// and, last of all sources, the publish date; and it gives the outlet's name
// where no rule names the outlet, the description, the canonical address,
// the tags and the lead picture. opts may be nil.
//
// Its errors wrap clean's, to test with [errors.Is]: [clean.ErrEmpty] for a
// page with nothing in it, [clean.ErrBinary] for binary data (an image, an
// archive, a PDF), [clean.ErrTooLarge] for more than Options.MaxBytes bytes,
// [clean.ErrOptions] for Stages or Disable that cannot be used; and r's read
// error, wrapped.
func HTML(r io.Reader, contentType string, opts *Options) (*Article, error) {
	src, err := readLimited(r, opts)
	if err != nil {
		return nil, wrap(opts, err)
	}
	return HTMLBytes(src, contentType, opts)
}

// HTMLBytes is [HTML] for a page held in memory; it reads src in place.
// Its errors are HTML's but a read error.
func HTMLBytes(src []byte, contentType string, opts *Options) (*Article, error) {
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
	// The ranker's title loses its wire slugs before build normalises it,
	// so that its replacements' offsets are in the title the article holds.
	ranked, genre := wireSlugsOff(res.Title)
	a, _ := build(res, &o, ranked)
	if a.Kicker == "" {
		a.Kicker = genre
	}
	if m.SiteName != "" && (a.Outlet == nil || res.Rule == "" && a.Outlet.Name == a.Outlet.Domain) {
		// No rule names the outlet (at most its URL's host does): the page's
		// own og:site_name or JSON-LD publisher does.
		a.Outlet = &clean.Outlet{Name: m.SiteName, Domain: outletDomain(o.URL), From: "meta"}
	}
	switch {
	case res.Title != "":
		// the title ranker's choice is the title already ([build])
	case a.Title == "":
		a.Title = m.TitleNoSite
	default:
		a.Title = cleanTitleInMeta(cleanPageTitle(a.Title, m.SiteName, outletDomain(o.URL)), m, outletDomain(o.URL))
	}
	if res.Title == "" {
		cutWireSlugs(a) // "UPDATE 2-" from og:title, <title> or the headline alike
	}
	a.Authors = htmlAuthors(res, a.Authors, a.Outlet, outletDomain(o.URL), a.Published != "")
	if a.Section == "" {
		a.Section = m.Section
	}
	if a.Language == "" && m.Language != "" {
		a.Language = strings.ToLower(strings.SplitN(m.Language, "-", 2)[0])
	}
	a.Description = m.Description
	a.Tags = m.Keywords
	if m.URL != "" {
		base, _ := url.Parse(o.URL)
		a.Canonical = resolveURL(base, m.URL)
	}
	return a, nil
}

// notOutlet drops the names that are the outlet's own: JSON-LD and meta
// tags often give the publisher as the author. A person's name is kept
// even when the site bears it (a blogger's own site).
func notOutlet(names []string, site string, o *clean.Outlet) []string {
	var out []string
	for _, n := range names {
		k := cleanSquash(n)
		own := k == cleanSquash(site) || o != nil && (k == cleanSquash(o.Name) || strings.HasPrefix(cleanSquash(o.Domain), k))
		if k == "" || own && !personName(n) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// outletDomain returns the host of a page's URL without "www.", or "".
func outletDomain(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
