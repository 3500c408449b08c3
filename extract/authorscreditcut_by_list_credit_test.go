package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// ldAuthorPage is an invented story whose JSON-LD author is the string name.
func ldAuthorPage(name string) []byte {
	return []byte(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry fares rise</title>` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise","author":"` + name + `"}</script></head>` +
		`<body><article><h1>Ferry fares rise</h1><p>The harbour authority said on Monday that ferry fares would rise by a tenth in spring, the first rise in four years, citing the cost of fuel and of new boats.</p>` +
		`<p>Commuters' groups said the rise would hit shift workers hardest, since the night crossings carry few tourists and have no cheaper season tickets.</p></article></body></html>`)
}

// TestCreditCutByListWithCredit: a "By" list of two people is parted in the wire's capitals
// ("BY MARA QUILL AND TOMAS REED") and where a credit follows the names
// after a comma or a bar ("..., Staff Writers", "... | Harbour Ledger").
func TestCreditCutByListWithCredit(t *testing.T) {
	want := []string{"Mara Quill", "Tomas Reed"}
	for _, name := range []string{
		"BY MARA QUILL AND TOMAS REED",
		"By Mara Quill and Tomas Reed, Staff Writers",
		"By MARA QUILL and TOMAS REED, Associated Press",
		"By Mara Quill & Tomas Reed, Harbour Ledger",
		"By Mara Quill and Tomas Reed | Harbour Ledger",
	} {
		a, err := extract.HTMLBytes(ldAuthorPage(name), "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, want) {
			t.Errorf("JSON-LD author %q: authors %q, want %q", name, a.Authors, want)
		}
	}
}
