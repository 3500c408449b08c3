package extract_test

import (
	"strings"
	"testing"
)

// An analytics plugin's script data that names the post's author
// ("pagePostAuthor") gives the author of a page that prints no byline: a
// story, or a dated plain page; never a product's page, a handle, nor a
// page the plugin does not mark as a post.
func TestAuthorsPluginScript(t *testing.T) {
	const meta = `<meta property="og:site_name" content="Lingo Lab"><meta property="article:published_time" content="2024-03-17">`
	script := func(typ, name string) string {
		return `<script>var plugin_data = {"pagePostType":"` + typ + `","pagePostType2":"single-` + typ + `","pageCategory":["apps"],"pagePostAuthorID":7,"pagePostAuthor":"` + name + `"};</script>`
	}
	for _, c := range []headCase{{
		name:    "a story's author",
		url:     "https://www.lingolab.example/apps-compared/",
		src:     page(meta+script("post", "Mira Holt"), `<h1>Apps compared</h1>`),
		title:   "Apps compared",
		authors: []string{"Mira Holt"}, published: "2024-03-17", from: "meta",
	}, {
		name:    "a dated page's author by a first name",
		url:     "https://www.lingolab.example/apps-compared/",
		src:     page(meta+script("page", "Mira"), `<h1>Apps compared</h1>`),
		title:   "Apps compared",
		authors: []string{"Mira"}, published: "2024-03-17", from: "meta",
	}} {
		t.Run(c.name, c.run)
	}
	t.Run("leave alone: a product's page", func(t *testing.T) {
		noAuthor(t, "https://www.lingolab.example/shop/phrasebook/", page(meta+script("product", "Mira Holt"), `<h1>Phrasebook</h1>`))
	})
	t.Run("leave alone: an undated plain page", func(t *testing.T) {
		noAuthor(t, "https://www.lingolab.example/about/", page(`<meta property="og:site_name" content="Lingo Lab">`+script("page", "Mira Holt"), `<h1>About us</h1>`))
	})
	t.Run("leave alone: a handle", func(t *testing.T) {
		noAuthor(t, "https://www.lingolab.example/apps-compared/", page(meta+script("post", "mira.holt"), `<h1>Apps compared</h1>`))
	})
	t.Run("leave alone: an external script's address", func(t *testing.T) {
		noAuthor(t, "https://www.lingolab.example/apps-compared/", page(meta+`<script src="/plugin.js"></script>`, `<h1>Apps compared</h1>`))
	})
}

// A personal site that names its owner only in its header, as the text of
// the link to its home page, gives the owner as the author where the
// address spells the name; a menu's "Home" is passed over, and a name the
// address does not spell is left alone.
func TestSiteOwnerHomeLink(t *testing.T) {
	story := `<p>` + strings.Repeat("I rewrote the old layout with line breaks and watched it hold up for years. ", 3) + `</p>`
	site := func(name string) []byte {
		return []byte(`<!doctype html><html lang=en><head><title>Thirty years of line breaks</title></head><body><header><nav><a href="/">Home</a> <a href="/">` + name +
			`</a> <a href="/about">About</a></nav></header><article><h1>Thirty years of line breaks</h1>` + story + `</article></body></html>`)
	}
	headCase{
		name:    "the header's home link",
		url:     "https://www.tobiaskvarn.example/articles/line-breaks",
		src:     site("Tobias Kvarn"),
		title:   "Thirty years of line breaks",
		authors: []string{"Tobias Kvarn"},
	}.run(t)
	t.Run("leave alone: a name the address does not spell", func(t *testing.T) {
		noAuthor(t, "https://www.layoutnotes.example/articles/line-breaks", site("Tobias Kvarn"))
	})
}
