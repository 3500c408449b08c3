package extract_test

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A byline in capitals gives its people written as names, under the
// title or under the story, parted where "AND" joins two; a form's label
// in capitals after "By" gives nobody.
func TestAuthorsCapsByline(t *testing.T) {
	for _, c := range []struct {
		name string
		src  []byte
		want []string
	}{
		{"under the title", capsPage(`<p class="byline">BY MARA QUILL AND TOMAS REED</p>`, ""), []string{"Mara Quill", "Tomas Reed"}},
		{"under the story", capsPage("", "BY MARA QUILL"), []string{"Mara Quill"}},
		{"leave alone: a form's label", capsPage("", "By COMPANY TYPE"), nil},
	} {
		a, err := extract.HTMLBytes(c.src, "text/html; charset=utf-8", &extract.Options{URL: "https://harbourpost.example/2025/03/lanterns"})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("%s: authors = %q, want %q", c.name, a.Authors, c.want)
		}
	}
}

// capsPage is a story of three paragraphs with top under its title and
// line under it.
func capsPage(top, line string) []byte {
	return []byte(`<!doctype html><html lang=en><head><title>Lanterns for the quay</title><meta property="article:published_time" content="2025-03-04"></head>` +
		`<body><article><h1>Lanterns for the quay</h1>` + top + `<p>The harbour council met on Tuesday to weigh the plan for new lanterns along the quay, and the debate ran late into the evening as residents filled the hall.</p>` +
		`<p>Supporters said the lights would bring visitors back to the waterfront after dark, while opponents worried about the cost to a budget already stretched by repairs to the sea wall.</p>` +
		`<p>A vote is expected next month once the engineers report on the wiring and the council has heard from the fishing cooperative.</p><p>` + line + `</p></article></body></html>`)
}
