package extract

import (
	"strings"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/authorcand"
)

func init() {
	authorcand.Sources = htmlAuthorSources
}

// htmlAuthorSources reads an HTML page as HTMLBytes does, up to its
// authors, and returns every source [htmlAuthors] weighs with the names
// it gives, and the authors HTMLBytes gives.
func htmlAuthorSources(src []byte, url string) ([]authorcand.Source, []string, error) {
	a, err := HTMLBytes(src, "text/html; charset=utf-8", &Options{URL: url})
	if err != nil {
		return nil, nil, err
	}
	opts := &Options{URL: url}
	res, err := clean.HTML(src, "text/html; charset=utf-8", opts.clean())
	if err != nil {
		return nil, nil, err
	}
	if opts.URL == "" && strings.HasPrefix(res.Meta.URL, "http") {
		opts.URL = res.Meta.URL
	}
	b := FromBlocks(res, opts)
	var out []authorcand.Source
	for _, s := range authorSources(res, b.Authors, a.Outlet, outletDomain(opts.URL), b.Published != "", true) {
		out = append(out, authorcand.Source{From: s.from, Names: s.names})
	}
	return out, a.Authors, nil
}
