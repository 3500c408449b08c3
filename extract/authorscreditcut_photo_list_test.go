package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestCreditCutPhotoListNotAuthors: a meta author "Photos by X and Y" or "Edited by X and Y"
// credits photographers or editors, not writers, so the printed writer's
// byline ("By Ines Vale") still wins.
func TestCreditCutPhotoListNotAuthors(t *testing.T) {
	for _, credit := range []string{"Photos by Mara Quill and Tomas Reed", "Edited by Mara Quill and Tomas Reed"} {
		page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry fares rise</title><meta name="author" content="` + credit + `"></head>` +
			`<body><article><h1>Ferry fares rise</h1><p class="byline">By Ines Vale</p><p>The harbour authority said on Monday that ferry fares would rise by a tenth in spring, the first rise in four years, citing the cost of fuel and of new boats.</p>` +
			`<p>Commuters' groups said the rise would hit shift workers hardest, since the night crossings carry few tourists and have no cheaper season tickets.</p></article></body></html>`
		a, err := extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"Ines Vale"}; !slices.Equal(a.Authors, want) {
			t.Errorf("meta author %q: authors %q, want %q", credit, a.Authors, want)
		}
	}
}
