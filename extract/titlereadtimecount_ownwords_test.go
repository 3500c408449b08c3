package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestTitleReadTimeCountFirstOwnWords checks that the count-first
// reading-time cut (9b39c8f2) leaves a headline's own closing words ("20
// Minuten Lesezeit", "15 minutos de leitura") on the <h1> where og:title
// or <title> prints them as the headline (reviewer revA76: they came off).
// Themes never print their reading time in the metadata.
func TestTitleReadTimeCountFirstOwnWords(t *testing.T) {
	rows := []siteFormsRow{
		{name: "de highlight", head: `<title>Grundschüler bekommen täglich 20 Minuten Lesezeit | Talbote</title><meta property="og:title" content="Grundschüler bekommen täglich 20 Minuten Lesezeit">`, top: `<h1>Grundschüler bekommen täglich <span class="highlight">20 Minuten Lesezeit</span></h1>`, lang: "de", want: "Grundschüler bekommen täglich 20 Minuten Lesezeit"},
		{name: "pt destaque", head: `<title>Escolas dão aos alunos 15 minutos de leitura - Jornal do Vale</title><meta property="og:title" content="Escolas dão aos alunos 15 minutos de leitura">`, top: `<h1>Escolas dão aos alunos <span class="destaque">15 minutos de leitura</span></h1>`, lang: "pt", want: "Escolas dão aos alunos 15 minutos de leitura"},
		{name: "pl line spans", head: `<title>Każdy uczeń dostanie 20 minut czytania | Gazeta Doliny</title>`, top: `<h1><span class="line">Każdy uczeń dostanie</span> <span class="line">20 minut czytania</span></h1>`, lang: "pl", want: "Każdy uczeń dostanie 20 minut czytania"},
		{name: "es plain", head: `<title>Los colegios suman 30 minutos de lectura | Diario del Valle</title>`, top: `<h1>Los colegios suman <span>30 minutos de lectura</span></h1>`, lang: "es", want: "Los colegios suman 30 minutos de lectura"},
	}
	for _, r := range rows {
		st, ok := siteFormsStory[r.lang]
		if !ok {
			st, ok = labelStory(r.lang)
		}
		if !ok {
			st = siteFormsStory["pl"]
		}
		a, err := extract.HTMLBytes([]byte(siteFormsPage(r, st)), "text/html; charset=utf-8", &extract.Options{URL: "https://valley-ferry.example/region/2025/03/14/story"})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != r.want {
			t.Errorf("%s: title %q, want %q", r.name, a.Title, r.want)
		}
	}
}
