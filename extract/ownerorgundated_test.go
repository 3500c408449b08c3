package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// guideParas is a company's undated guide: eight paragraphs, about 400
// words, a guide's length and not a product's blurb.
var guideParas = func() string {
	var b strings.Builder
	for _, n := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"} {
		fmt.Fprintf(&b, "<p>The %s step of a household budget looks at the money that comes in each month, after tax, and at the bills that go out whether you like it or not: rent, power, insurance and the loan, in the order they fall due.</p>\n", n)
	}
	return b.String()
}()

// An undated page whose metadata names the site itself as the author
// (<meta name=author content="Acme Bank">) has the site as its author when
// its story runs to a guide's length; a product's short page keeps none
// (TestOwnOrgAuthor), and the byline's print of the site's name alone
// gives none on an undated page.
func TestOwnOrgAuthorUndatedGuide(t *testing.T) {
	const url = "https://www.harbourbank.example/money-tips-for-working-adults"
	head := `<meta name="author" content="Harbour Bank"><title>Money tips for working adults | Harbour Bank</title>`
	src := []byte("<!doctype html><html lang=en><head>" + head + "</head><body><nav><a href=/>Home</a></nav><article><h1>Money tips for working adults</h1>" +
		guideParas + "</article><footer>© Harbour Bank</footer></body></html>")
	a, err := extract.HTMLBytes(src, "text/html; charset=utf-8", &extract.Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Authors, []string{"Harbour Bank"}) {
		t.Errorf("authors %q, want [Harbour Bank]", a.Authors)
	}
	t.Run("leave alone: the byline's print only", func(t *testing.T) {
		src := []byte("<!doctype html><html lang=en><head><title>Money tips for working adults | Harbour Bank</title><meta property=\"og:site_name\" content=\"Harbour Bank\"></head><body><nav><a href=/>Home</a></nav><article><h1>Money tips for working adults</h1><p>Harbour Bank</p>" +
			guideParas + "</article><footer>© Harbour Bank</footer></body></html>")
		noAuthor(t, url, src)
	})
}
