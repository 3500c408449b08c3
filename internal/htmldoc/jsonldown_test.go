package htmldoc

import "testing"

// TestPickArticleOwn checks that a tie among JSON-LD articles goes to the
// one the page names as its own (by its title, its canonical address or
// the caller's), and
// to the first when none is.
func TestPickArticleOwn(t *testing.T) {
	other := map[string]any{"headline": "Lifeboat crew named volunteers of the year", "datePublished": "2024-11-02", "url": "https://coast.example/lifeboat"}
	mine := map[string]any{"headline": "Harbour board to rebuild the ferry pier", "datePublished": "2025-03-05", "url": "https://coast.example/pier/"}
	cands := []map[string]any{other, mine}
	for _, c := range []struct {
		name string
		own  ldOwn
		want map[string]any
	}{
		{"by the title tag", ldOwn{titles: []string{"Harbour Board to Rebuild the Ferry Pier | Coast News"}}, mine},
		{"by the canonical address", ldOwn{urls: []string{"https://coast.example/pier#top"}}, mine},
		{"by the caller's address after another", ldOwn{urls: []string{"https://coast.example/", "coast.example/pier"}}, mine},
		{"an address of another scheme", ldOwn{urls: []string{"http://coast.example/pier"}}, other},
		{"an address of neither", ldOwn{urls: []string{"https://coast.example/harbour"}}, other},
		{"nothing named: the first", ldOwn{titles: []string{"Coast News"}}, other},
	} {
		if got := pickArticle(cands, c.own); got["url"] != c.want["url"] {
			t.Errorf("%s: picked %v, want %v", c.name, got["url"], c.want["url"])
		}
	}
	richer := map[string]any{"headline": "Lifeboat crew", "datePublished": "2024-11-02", "articleBody": "Text."}
	if got := pickArticle([]map[string]any{richer, mine}, ldOwn{titles: []string{mine["headline"].(string)}}); got["articleBody"] == nil {
		t.Errorf("the page's own title outranked an object with more fields")
	}
}

// TestParsePageURL checks that Limits.PageURL picks the page's own JSON-LD
// article where the page names neither its canonical address nor a title
// that tells the objects apart.
func TestParsePageURL(t *testing.T) {
	page := []byte(`<html><head><title>Coast News</title><script type="application/ld+json">[` +
		`{"@type":"NewsArticle","url":"https://coast.example/lifeboat","datePublished":"2024-11-02"},` +
		`{"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://coast.example/pier"},"datePublished":"2025-03-05"}]</script></head>` +
		`<body><p>The harbour board agreed to rebuild the pier.</p></body></html>`)
	for _, c := range []struct{ url, want string }{{"", "2024-11-02"}, {"https://coast.example/pier/", "2025-03-05"}} {
		doc, err := Parse(page, "text/html", Limits{PageURL: c.url})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Meta.Published != c.want {
			t.Errorf("PageURL %q: published %q, want %q", c.url, doc.Meta.Published, c.want)
		}
	}
}
