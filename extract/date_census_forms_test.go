package extract_test

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// TestDateCensusPrintedForms covers the forms issue #8's forty-second
// session listed as ways a page prints its publish date that a reader
// might miss: a date inside a byline's sentence, an ordinal "the 14th of
// March", a <time> or an <abbr> without a machine-readable value, the
// rarer <meta> names, microdata on a visible span or as dateCreated, and
// labelled date lines of other languages with their time. Each gives the
// day; the time is not checked here (TestDateCensusPrecision does).
func TestDateCensusPrintedForms(t *testing.T) {
	for _, c := range []struct{ name, lang, head, top string }{
		{"a byline's sentence", "en", ``, `<p class="byline">By Jane Doe on March 14, 2024</p>`},
		{"a byline's second sentence", "en", ``, `<p class="byline">By Jane Doe. Published March 14, 2024.</p>`},
		{"a byline and a date split by a bar", "en", ``, `<div>By Jane Doe | March 14, 2024</div>`},
		{"an ordinal with of", "en", ``, `<p>Posted on the 14th of March, 2024</p>`},
		{"a weekday and an ordinal", "en", ``, `<p>Thursday 14th March 2024</p>`},
		{"<meta name=date> in ISO", "en", `<meta name="date" content="2024-03-14T09:12:00Z">`, ``},
		{"article:published without _time", "en", `<meta property="article:published" content="2024-03-14T09:12:00Z">`, ``},
		{"a microdata span's text", "en", ``, `<div>By <span itemprop="author">Jane Doe</span> · <span itemprop="datePublished">March 14, 2024</span></div>`},
		{"a microdata dateCreated", "en", ``, `<div itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="dateCreated" content="2024-03-14"></div>`},
		{"a data-published attribute by the headline", "en", ``, `<div class="meta" data-published="2024-03-14T09:12:00Z">By Jane Doe</div>`},
		{"a <time> without datetime", "en", ``, `<p>By Jane Doe <time>March 14, 2024</time></p>`},
		{"an hAtom <abbr> with its date as text", "en", ``, `<p>Posted <abbr class="published">March 14, 2024</abbr></p>`},
		{"German with Veröffentlicht and Uhr", "de", ``, `<p>Veröffentlicht am 14.03.2024 um 10:15 Uhr</p>`},
		{"French with Publié le and à", "fr", ``, `<p>Publié le 14 mars 2024 à 10h15</p>`},
		{"Spanish with a weekday and a time", "es", ``, `<p>Jueves, 14 de marzo de 2024, 10:15</p>`},
		{"Russian with г. and a time", "ru", ``, `<p>14 марта 2024 г., 10:15</p>`},
		{"Russian numeric with в", "ru", ``, `<p>14.03.2024 в 10:15</p>`},
		{"Azerbaijani with a time", "az", ``, `<p>14 mart 2024, 10:15</p>`},
		{"Turkish labelled", "tr", ``, `<p>Yayınlanma: 14 Mart 2024 10:15</p>`},
		{"Polish with r.", "pl", ``, `<p>Opublikowano: 14 marca 2024 r.</p>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			crawl, _ := time.Parse(time.DateOnly, "2024-03-20")
			a, err := extract.HTMLBytes(censusPage(c.lang, c.head, c.top, ``), "text/html; charset=utf-8", &extract.Options{CrawlDate: crawl})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published[:min(len(a.Published), 10)]; got != "2024-03-14" {
				t.Errorf("published %q (from %q), want the day 2024-03-14", a.Published, a.PublishedFrom)
			}
		})
	}
	// Left alone: a comment's and an answer's dateCreated are not the page's.
	for _, item := range []string{"Comment", "Answer"} {
		t.Run("leave alone: a "+item+"'s dateCreated", censusCase{crawl: "2024-03-20",
			src: censusPage("en", ``, ``, `<div itemscope itemtype="https://schema.org/`+item+`"><meta itemprop="dateCreated" content="2024-03-15"><p>Nice.</p></div>`)}.run)
	}
}
