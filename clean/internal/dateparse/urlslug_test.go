package dateparse

import "testing"

// TestFromURLSlugEnd checks the date stamped at the end of a slug, and the
// runs of digits there that are no date.
func TestFromURLSlugEnd(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://example.org/the-year-in-review-20251218", "2025-12-18"},
		{"https://example.org/news/council-vote_2025-12-18.html", "2025-12-18"},
		{"https://example.org/news/council-vote-2025-12-18/", "2025-12-18"},
		{"https://example.org/shop/widget-202512189", ""},
		{"https://example.org/economia/noticia-puerto-amplia-muelle-20251218124012.html", "2025-12-18"},
		{"https://example.org/shop/widget-20251218124099", ""}, // no time: an id
		{"https://example.org/shop/widget-120251218124012", ""},
		{"https://example.org/shop/widget-12345678", ""},
		{"https://example.org/news/report-20251399", ""},
		{"https://example.org/20251218-notes/council-vote", "2025-12-18"},
		{"https://example.org/best-laptops-2025", ""},
		{"https://example.org/news-20251218/council-vote", ""},
	} {
		st, ok := FromURL(c.url)
		if !ok {
			st = Stamp{}
		}
		if got := st.ISO(); got != c.want {
			t.Errorf("%s: got %q (%v), want %q", c.url, got, ok, c.want)
		}
	}
}
