package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// copyPage is a personal blog's HTML page: header over the menu, a dated
// post that no byline signs, foot under it.
func copyPage(header, foot string) []byte {
	story := `<p>` + strings.Repeat("I keep my repository templates short, and every issue is easier to read for it. ", 4) + `</p>`
	return []byte(`<!doctype html><html lang=en><head><title>Configure your repositories</title></head><body><header><a href="/">` + header +
		`</a><nav><a href=/>home</a> <a href=/blog>blog</a></nav></header><article><h1>Configure your repositories</h1><time datetime="2025-12-19">Dec 19, 2025</time>` +
		story + `</article><footer>` + foot + `</footer></body></html>`)
}

// TestCopyrightOwnerHTML checks that a personal site's owner, named by the
// header and by the copyright line, is the author of an HTML page that no
// byline and no metadata signs; and the pages it must leave alone.
func TestCopyrightOwnerHTML(t *testing.T) {
	for _, c := range []struct {
		name, url, header, foot string
		want                    []string
	}{
		{"the header's name and the copyright line", "https://martaq.example.dev/post/dot-folder", "Marta Quillon", "© 2025 Marta Quillon. This site is open source!",
			[]string{"Marta Quillon"}},
		{"the copyright line alone", "https://martaq.example.dev/post/dot-folder", "Home", "© 2025 Marta Quillon", nil},
		{"a firm's name in capitals", "https://quillon.example.com/post/dot-folder", "QUILLON Works", "© 2025 QUILLON Works", nil},
		{"an organisation's words", "https://quillon.example.org/post/dot-folder", "Quillon Foundation", "© 2025 Quillon Foundation", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.HTMLBytes(copyPage(c.header, c.foot), "text/html; charset=utf-8", &extract.Options{URL: c.url})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(a.Authors, c.want) {
				t.Errorf("authors = %q, want %q", a.Authors, c.want)
			}
		})
	}
}
