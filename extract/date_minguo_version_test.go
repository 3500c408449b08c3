package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// An English page's software version ("Version 115.3.1") or a Russian page's phone number ("Тел. 112-03-04") in its byline or meta strip is no date: the Minguo reader read them as 2026-03-01 and 2023-03-04 (revB75 points 1-2).
func TestPublishedMinguoVersionNotDate(t *testing.T) {
	for _, c := range []struct{ lang, top string }{
		{"en", `<div class="byline">By Jane Doe | Version 115.3.1</div>`},
		{"en", `<p class="meta">Firefox 115.3.1</p>`},
		{"ru", `<p class="meta">Тел. 112-03-04</p>`},
	} {
		a, err := extract.HTMLBytes(censusPage(c.lang, "", c.top, ""), "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != "" {
			t.Errorf("%s %q: published %q (from %q), want none", c.lang, c.top, a.Published, a.PublishedFrom)
		}
	}
	page := "Mozilla ships security fixes for its browser\nBy Jane Doe\nFirefox 115.3.1\n" +
		"Mozilla has released a new version of its browser that fixes two flaws reported by outside researchers last week.\n" +
		"The update is rolling out automatically to users on all platforms, the company said in a statement on its blog.\n"
	a, err := extract.Text([]byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "" {
		t.Errorf("text page: published %q (from %q), want none", a.Published, a.PublishedFrom)
	}
}
