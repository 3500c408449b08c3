package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestDateLangText: flattened text has no language tag; a head whose own
// words are certainly Croatian reads its "listopada" date line as
// October, a Polish one (and one whose words leave the language open) as
// November. The 31st, which read as November is no day, is October's.
// Invented pages.
func TestDateLangText(t *testing.T) {
	for _, c := range []struct {
		name, page, want string
	}{
		{"Croatian", "Vlada predstavila novi plan za obnovu luke\nObjavljeno: 17. listopada 2025. u 10:32\nAutor: Ivana Kovač\n" +
			"Vlada je u četvrtak predstavila plan obnove gradske luke koji će, prema riječima ministra, trajati tri godine i stajati više od dvjesto milijuna eura.\n" +
			"Radovi bi trebali početi već iduće proljeće, a prije toga grad mora raspisati natječaj za izvođače i osigurati dio sredstava iz europskih fondova.\n" +
			"Lučka uprava pozdravila je odluku i najavila da će sudjelovati u financiranju prve faze, koja uključuje novi putnički terminal.\n", "2025-10-17"},
		{"Croatian, the 31st", "Vlada predstavila novi plan za obnovu luke\n31. listopada 2025. u 10:32\nAutor: Ivana Kovač\n" +
			"Vlada je u četvrtak predstavila plan obnove gradske luke koji će, prema riječima ministra, trajati tri godine i stajati više od dvjesto milijuna eura.\n" +
			"Radovi bi trebali početi već iduće proljeće, a prije toga grad mora raspisati natječaj za izvođače i osigurati dio sredstava iz europskih fondova.\n", "2025-10-31"},
		{"Polish", "Rząd przedstawił nowy plan odbudowy portu\nOpublikowano: 17 listopada 2025, 10:32\nAutor: Anna Nowak\n" +
			"Rząd przedstawił w czwartek plan odbudowy portu miejskiego, który według ministra potrwa trzy lata i będzie kosztował ponad dwieście milionów euro.\n" +
			"Prace mają ruszyć już wiosną, a wcześniej miasto musi ogłosić przetarg na wykonawców i zapewnić część środków z funduszy europejskich.\n" +
			"Zarząd portu z zadowoleniem przyjął decyzję i zapowiedział udział w finansowaniu pierwszego etapu, obejmującego nowy terminal pasażerski.\n", "2025-11-17"},
		{"no certain words", "Plan za luku\n17. listopada 2025.\n" +
			"The harbour board presented its plan on Thursday; the works are to take three years and cost more than two hundred million euros in all.\n" +
			"Work is to start next spring, and before that the city must call a tender for the builders and secure part of the money from European funds.\n", "2025-11-17"},
	} {
		a, err := extract.String(c.page, &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
			t.Errorf("%s: published %q (from %q), want the day %s", c.name, a.Published, a.PublishedFrom, c.want)
		}
	}
}

// TestDateLangHTML: each of the page's language sources (<html lang>,
// Content-Language, og:locale, JSON-LD inLanguage) makes a "listopada"
// date line October on a Croatian page, and a Polish tag keeps November.
func TestDateLangHTML(t *testing.T) {
	const line = `<p class="date">Objavljeno: 17. listopada 2025. u 08:15</p>`
	for _, c := range []struct {
		name, lang, head, want string
	}{
		{"html lang", "hr", ``, "2025-10-17"},
		{"Bosnian html lang", "bs-BA", ``, "2025-10-17"},
		{"Content-Language", "", `<meta http-equiv="Content-Language" content="hr">`, "2025-10-17"},
		{"og:locale", "", `<meta property="og:locale" content="hr_HR">`, "2025-10-17"},
		{"JSON-LD inLanguage", "", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour board to rebuild the ferry pier","inLanguage":"hr"}</script>`, "2025-10-17"},
		{"Polish html lang", "pl", ``, "2025-11-17"},
	} {
		a, err := extract.HTMLBytes(censusPage(c.lang, c.head, line, ``), "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
			t.Errorf("%s: published %q (from %q), want the day %s", c.name, a.Published, a.PublishedFrom, c.want)
		}
	}
}

// TestDateLangHTMLEntryFooter: a date the markup marks as the entry's
// ("entry-date" in the article's footer, below the story) is read in the
// page's language too: October on a page tagged Croatian, November on
// one tagged Polish. Invented pages.
func TestDateLangHTMLEntryFooter(t *testing.T) {
	const foot = `<footer><span class="entry-date">17. listopada 2025.</span></footer>`
	for _, c := range []struct{ lang, want string }{{"hr", "2025-10-17"}, {"pl", "2025-11-17"}} {
		a, err := extract.HTMLBytes(censusPage(c.lang, ``, ``, foot), "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
			t.Errorf("%s: published %q (from %q), want the day %s", c.lang, a.Published, a.PublishedFrom, c.want)
		}
	}
}

// TestDateLangHTMLPublishedNote: a note of the story's first publication
// at its foot, the page's only publish date, is read in the page's
// language: October on a page tagged Croatian, November on one tagged
// Polish. Invented pages.
func TestDateLangHTMLPublishedNote(t *testing.T) {
	const note = `<p><em>This article was originally published on 17. listopada 2025.</em></p>`
	for _, c := range []struct{ lang, want string }{{"hr", "2025-10-17"}, {"pl", "2025-11-17"}} {
		a, err := extract.HTMLBytes(censusPage(c.lang, ``, ``, note), "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
			t.Errorf("%s: published %q (from %q), want the day %s", c.lang, a.Published, a.PublishedFrom, c.want)
		}
	}
}
