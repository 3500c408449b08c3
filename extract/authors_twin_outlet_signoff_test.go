package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestTwinOutletPersonKeepsSignoff: a second article script whose Person is the outlet's
// own CMS account ("Harbor Ledger") fills no author, so the wire sign-off's
// writer still stands.
func TestTwinOutletPersonKeepsSignoff(t *testing.T) {
	org := `{"@type":"Organization","name":"Harbor Ledger"}`
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	news := ld(`{"@type":"NewsArticle","headline":"Ferry fares rise","author":` + org + `,"publisher":` + org + `}`)
	twin := ld(`{"@type":"Article","headline":"Ferry fares rise","author":{"@type":"Person","name":"Harbor Ledger"}}`)
	for _, head := range []string{news, news + twin} {
		page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry fares rise</title>` + head +
			`</head><body><article><h1>Ferry fares rise</h1><p>The harbour authority said on Monday that ferry fares would rise by a tenth in spring, the first rise in four years, citing the cost of fuel and of new boats.</p>` +
			`<p>Commuters' groups said the rise would hit shift workers hardest, since the night crossings carry few tourists and have no cheaper season tickets.</p>` +
			`<p>Reporting by Mara Quill; Editing by Tomas Reed</p></article></body></html>`
		a, err := extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"Mara Quill"}; !slices.Equal(a.Authors, want) {
			t.Errorf("twin=%v: authors %q, want %q", head != news, a.Authors, want)
		}
	}
}
