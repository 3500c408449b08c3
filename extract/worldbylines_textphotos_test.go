package extract_test

import (
	"slices"
	"testing"
)

// TestWorldTextAndPhotosLabels checks the "Text and photos:" labels of
// Spanish, Portuguese, French, German and Russian, and Hindi's "लेखक:"
// (writer), on an HTML page and in flattened text: the name after the
// label is the author, with another photographer's credit after it cut
// away, the same on both paths.
func TestWorldTextAndPhotosLabels(t *testing.T) {
	for _, c := range []struct {
		lang, byline string
		authors      []string
	}{
		{"es", "Texto y fotos: Marta Ibáñez", []string{"Marta Ibáñez"}},
		{"es", "TEXTO Y FOTOS: Marta Ibáñez", []string{"Marta Ibáñez"}},
		{"pt", "Texto e fotos: Rafael Moura", []string{"Rafael Moura"}},
		{"fr", "Texte et photos : Hélène Garnier", []string{"Hélène Garnier"}},
		{"fr", "Texte et photos\u00a0: Hélène Garnier", []string{"Hélène Garnier"}},
		{"de", "Text und Fotos: Tobias Lindner", []string{"Tobias Lindner"}},
		{"ru", "Текст и фото: Олег Кузнецов", []string{"Олег Кузнецов"}},
		{"hi", "लेखक: प्रिया नायर", []string{"प्रिया नायर"}},
		// a second photographer's credit after the writer's
		{"de", "Text und Fotos: Tobias Lindner / Bild: Karin Voss", []string{"Tobias Lindner"}},
	} {
		for _, kind := range [...]string{"html", "text"} {
			byline := c.byline
			if kind == "html" {
				byline = `<p class="credit">` + c.byline + `</p>`
			}
			r := worldBylineRow{name: c.byline, lang: c.lang, kind: kind, byline: byline}
			t.Run(kind+" "+c.byline, func(t *testing.T) {
				if a := r.article(t); !slices.Equal(a.Authors, c.authors) {
					t.Errorf("authors %q, want %q", a.Authors, c.authors)
				}
			})
		}
	}
}
