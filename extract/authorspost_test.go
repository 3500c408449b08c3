package extract_test

import "testing"

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
