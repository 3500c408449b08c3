package htmldoc

import "testing"

// TestPickArticleOwn checks that a tie among JSON-LD articles goes to the
// one the page names as its own (by its title or canonical address), and
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
		{"by the canonical address", ldOwn{url: "https://coast.example/pier#top"}, mine},
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
