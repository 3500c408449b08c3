package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A zh-Hant page with no canonical link or og:url takes Taiwan's region
// from the address it was fetched from (Options.URL, a .tw host), so its
// Minguo date ("114/03/04") dates it; fetched from a .hk address, or with
// a canonical link on a .hk host, it stays unread (revB76).
func TestPublishedMinguoByPageAddress(t *testing.T) {
	for _, c := range []struct{ name, head, url, want string }{
		{"fetched from a .tw address", "", "https://news.example.com.tw/local/123", "2025-03-04"},
		{"leave alone: fetched from a .hk address", "", "https://news.example.com.hk/local/123", ""},
		{"leave alone: the canonical link's .hk host over the address", `<link rel="canonical" href="https://news.example.com.hk/local/123">`, "https://news.example.com.tw/local/123", ""},
	} {
		a, err := extract.HTMLBytes(censusPage("zh-Hant", c.head, `<p class="date">114/03/04</p>`, ""), "text/html; charset=utf-8",
			&extract.Options{URL: c.url})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
			t.Errorf("%s: published %q (from %q), want %q", c.name, a.Published, a.PublishedFrom, c.want)
		}
	}
}
