package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestTitleReadTimeCountFirst checks, end to end, that a reading time a
// theme prints inside the <h1>, count first and its reading word in the
// page's language ("3 Min. Lesezeit", "5 min de lecture", "4 minuti di
// lettura"), comes off the title (reviewer note of session 48), while a
// headline's own words about reading stay, and so does a headline that
// holds " - " or "|" of its own.
func TestTitleReadTimeCountFirst(t *testing.T) {
	const (
		de = "Fähre fährt wieder zu den Inseln"
		fr = "Le ferry revient sur les îles"
		it = "Il traghetto torna sulle isole - ma solo d'estate"
		pl = "Prom wraca na wyspy | Relacja z portu w Gdyni"
		en = "Ferry returns to the islands"
	)
	rows := []siteFormsRow{
		{name: "de glued", head: `<title>` + de + ` | Talbote</title>`, top: `<h1>` + de + `<span class="rt">3 Min. Lesezeit</span></h1>`, lang: "de", want: de},
		{name: "fr spaced", head: `<title>` + fr + ` - Le Courrier du Val</title>`, top: `<h1>` + fr + ` <span class="meta">5 min de lecture</span></h1>`, lang: "fr", want: fr},
		{name: "it dash of its own", head: `<title>` + it + ` | Il Corriere della Valle</title>`, top: `<h1>` + it + ` <small>(4 minuti di lettura)</small></h1>`, lang: "it", want: it},
		{name: "pl bar of its own", head: `<title>` + pl + ` | Gazeta Doliny</title>`, top: `<h1>` + pl + ` <span>· 6 min czytania</span></h1>`, lang: "pl", want: pl},
		{name: "en English form", head: `<title>` + en + ` | Valley Post</title>` + sfOG, top: `<h1>` + en + `<span class="rt">4 min read</span></h1>`, lang: "en", want: en},
		// The headline's own words: more than a reading time in the span.
		{name: "de own words", head: `<title>Bibliothek bietet 3 Min. Lesezeit pro Tag | Talbote</title>`, top: `<h1>Bibliothek bietet <span>3 Min. Lesezeit pro Tag</span></h1>`, lang: "de", want: "Bibliothek bietet 3 Min. Lesezeit pro Tag"},
	}
	for _, r := range rows {
		st, ok := siteFormsStory[r.lang]
		if !ok {
			st, _ = labelStory(r.lang)
		}
		a, err := extract.HTMLBytes([]byte(siteFormsPage(r, st)), "text/html; charset=utf-8", &extract.Options{URL: "https://valley-ferry.example/region/2025/03/14/ferry-returns"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != r.want {
			t.Errorf("%s: title %q, want %q", r.name, a.Title, r.want)
		}
	}
}
