package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestTitledWorkMakerNoAuthor checks that a line under the headline that
// credits a titled work's maker ("Tasting Menu by Chef X", a capsule
// collection by a studio, a shop's "Shop by Category") gives no author,
// while a byline's credit with a word before "by" ("Guest Post by",
// "Started by") and a titled line in the element marked as the byline
// still do. The pages and names are invented.
func TestTitledWorkMakerNoAuthor(t *testing.T) {
	const story = `<p>The studio opened its spring season with a small show of coats cut from reclaimed wool, each lined with silk left over from last year's dresses and finished by hand in the back room.</p><p>Prices start at a few hundred euros, and the pieces are made to order over six weeks, the owners said at the opening on Thursday evening.</p>`
	for _, c := range []struct {
		name, line string
		want       []string
	}{
		{"capsule by a studio", `<h2>The Autumn Capsule by Studio Alvar</h2>`, nil},
		{"menu by a chef", `<p>Tasting Menu by Chef Renata Solis</p>`, nil},
		{"collection by a designer", `<p class="dek">Capsule Collection by Hanne Lund</p>`, nil},
		{"a shop's sorting", `<p>Shop by Category</p>`, nil},
		{"guest post by a writer", `<p>Guest Post by Tomas Reyes</p>`, []string{"Tomas Reyes"}},
		{"started by a member", `<p>Started by Tomas Reyes, June 4, 2025</p>`, []string{"Tomas Reyes"}},
		{"a titled line in the byline's element", `<p class="byline">The Long Game by Tomas Reyes</p>`, []string{"Tomas Reyes"}},
	} {
		page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coats cut from old wool</title></head><body><article><h1>Coats cut from old wool</h1>` + c.line + story + `</article></body></html>`
		a, err := extract.HTMLBytes([]byte(page), "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, a.Authors, c.want)
		}
	}
}
