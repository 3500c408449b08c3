package htmldoc

import (
	"slices"
	"testing"
)

// TestTwinHeadlineAsMetaReadsIt: twin scripts' headlines are compared as Meta.HeadlineLD reads
// them, so an entity (WordPress's "&#8217;") or a doubled space in one
// script does not hide the same story's second script.
func TestTwinHeadlineAsMetaReadsIt(t *testing.T) {
	org := `{"@type":"Organization","name":"Harbor Ledger"}`
	for _, hl := range [][2]string{
		{"Ferry fares rise &#8217;again&#8217;", "Ferry fares rise ’again’"},
		{"Ferry fares rise &amp; night boats go", "Ferry fares rise & night boats go"},
		{"Ferry fares  rise again", "Ferry fares rise again"},
	} {
		head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + hl[0] + `","author":` + org + `,"publisher":` + org + `}</script>` +
			`<script type="application/ld+json">{"@type":"Article","headline":"` + hl[1] + `","author":{"@type":"Person","name":"Mara Quill"}}</script>`
		doc := mustParse(t, "<!doctype html><head><title>T</title>"+head+"</head><body><p>text</p></body>")
		if got, want := doc.Meta.Authors, []string{"Mara Quill"}; !slices.Equal(got, want) {
			t.Errorf("%q / %q: Authors = %q, want %q", hl[0], hl[1], got, want)
		}
	}
}
