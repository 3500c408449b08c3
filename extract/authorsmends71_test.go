package extract_test

import (
	"slices"
	"testing"
)

// The byline forms the eleventh and twelfth censuses found unread, on
// invented markup of their own (the census rows stay the census's): each
// row failed before its mend, and the rows with no author check that a
// mend reads nothing where the form's sign is missing.
func TestAuthorsCensusMends(t *testing.T) {
	for _, r := range []worldBylineRow{
		// notEmails: a meta author's address is no name
		{name: "meta name and address", lang: "en", head: `<meta name="author" content="Pia Laine &lt;pia.laine@coastnews.example&gt;">`, authors: []string{"Pia Laine"}},
		{name: "meta address and name in brackets", lang: "en", head: `<meta name="author" content="pia.laine@coastnews.example (Pia Laine)">`, authors: []string{"Pia Laine"}},
		{name: "meta address alone, kept", lang: "en", head: `<meta name="author" content="pia.laine@coastnews.example">`, authors: []string{"pia.laine@coastnews.example"}},
		// stripNames: names before a reading time, or several before a date
		{name: "name and reading time", lang: "en", byline: `<div class="post-meta-byline">Oren Galil · 6 min read</div>`, authors: []string{"Oren Galil"}},
		{name: "two names and a date", lang: "en", byline: `<div class="byline">Oren Galil &amp; Dana Weiss · Feb 2, 2025</div>`, authors: []string{"Oren Galil", "Dana Weiss"}},
		{name: "a desk and a reading time", lang: "en", byline: `<div class="byline">Transport Desk · 6 min read</div>`},
		// authorLinks: the strip's date in a byline-classed element
		{name: "author links and the strip's date", lang: "en", byline: `<div class="card-byline"><span><a href="/author/oren/">Oren Galil</a>, <a href="/author/dana/">Dana Weiss</a></span><span class="card-byline-date"><time datetime="2025-02-02">2 Feb 2025</time></span></div>`, authors: []string{"Oren Galil", "Dana Weiss"}},
		// nextBylineName: a second writer in a second marked element
		{name: "second byline element with and", lang: "en", byline: `<p class="byline">By Oren Galil</p><p class="byline">and Dana Weiss</p>`, authors: []string{"Oren Galil", "Dana Weiss"}},
		{name: "a name in an unmarked element after the byline", lang: "en", byline: `<p class="byline">By Oren Galil</p><p>Dana Weiss</p>`, authors: []string{"Oren Galil"}},
		// markedWorldBy: a label without its colon in the author's element under the story
		{name: "Подготовил in the author's element under the story", lang: "ru", byline: `{story}<div class="article-author">Подготовил Артём Белов</div>`, authors: []string{"Артём Белов"}},
		{name: "Подготовил in a paragraph under the story", lang: "ru", byline: `{story}<p>Подготовил Артём Белов</p>`},
		// worldLabels: Reportaje de, Kirjoittanut
		{name: "Reportaje de", lang: "es", byline: `<p class="firma">Reportaje de Nerea Calvo</p>`, authors: []string{"Nerea Calvo"}},
		{name: "Kirjoittanut", lang: "fi", byline: `<p>Kirjoittanut Veikko Salo</p>`, authors: []string{"Veikko Salo"}},
		// photoCreditCut: the photographer's label after a line break
		{name: "Tekst over Foto under the story", lang: "da", byline: `{story}<p>Tekst: Sofie Dahl<br>Foto: Emil Krag</p>`, authors: []string{"Sofie Dahl"}},
		// markedNameCut: a wire after "avec", a plural role after two names
		{name: "a name, a comma and avec a wire", lang: "fr", byline: `<p class="auteur">Léa Fontaine, avec AFP</p>`, authors: []string{"Léa Fontaine"}},
		{name: "two names, a bar and a plural role", lang: "en", byline: `<p class="byline">Oren Galil and Dana Weiss | Reporters</p>`, authors: []string{"Oren Galil", "Dana Weiss"}},
	} {
		r.kind = "html"
		if a := r.article(t); !slices.Equal(a.Authors, r.authors) {
			t.Errorf("%s: authors %q, want %q", r.name, a.Authors, r.authors)
		}
	}
}
