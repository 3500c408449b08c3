package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// censusText is the story of the text census's pages, flattened: the
// census's HTML story, one paragraph a line.
var censusText = strings.NewReplacer("<p>", "", "</p>", "").Replace(censusStory) + "\n"

// censusTextPage builds a flattened page: a menu, the headline, the lines
// of head under it, the story, then the lines of tail.
func censusTextPage(head, tail string) string {
	return "Home\nLocal\nSport\nHarbour board to rebuild the ferry pier\n" + head + censusText + tail
}

// TestDateCensusText covers the census's visible date lines on flattened
// text: the languages' month names and orders, digits of other scripts, a
// date printed without its year settled by the page's other dates,
// relative stamps against the crawl date, and the South Slavic full stop
// after the year with its labels ("Objavljeno: 14. 3. 2024. u 10:32",
// "Ažurirano" an update's).
func TestDateCensusText(t *testing.T) {
	type textCase struct {
		name, url, crawl, src, published string
	}
	cases := []textCase{}
	for _, c := range []struct{ lang, line string }{
		{"en", "14 March 2024"}, {"fr", "14 mars 2024"}, {"de", "14. März 2024"}, {"es", "14 de marzo de 2024"},
		{"it", "14 marzo 2024"}, {"pt", "14 de março de 2024"}, {"nl", "14 maart 2024"}, {"pl", "14 marca 2024"},
		{"cs", "14. března 2024"}, {"hu", "2024. március 14."}, {"ro", "14 martie 2024"}, {"tr", "14 Mart 2024"},
		{"ru", "14 марта 2024"}, {"uk", "14 березня 2024"}, {"el", "14 Μαρτίου 2024"}, {"lt", "2024 m. kovo 14 d."},
		{"lv", "2024. gada 14. marts"}, {"vi", "14 tháng 3, 2024"}, {"ja", "2024年3月14日"}, {"ko", "2024년 3월 14일"},
		{"he", "14 במרץ 2024"}, {"ar digits", "١٤ مارس ٢٠٢٤"}, {"fa digits", "۱۴ مارس ۲۰۲۴"}, {"fa solar", "۲۴ اسفند ۱۴۰۲"}, {"id", "14 Maret 2024"},
		{"hr", "14. ožujka 2024."}, {"hr, labelled", "Objavljeno: 14. 3. 2024."}, {"sr", "четвртак, 14. марта 2024."}, {"be", "14 сакавіка 2024"},
	} {
		cases = append(cases, textCase{name: c.lang, src: censusTextPage("By Jane Doe\n"+c.line+"\n", ""), published: "2024-03-14"})
	}
	cases = append(cases,
		textCase{name: "relative, English", crawl: "2024-03-16", src: censusTextPage("By Jane Doe\n2 days ago\n", ""), published: "2024-03-14"},
		textCase{name: "relative, French", crawl: "2024-03-16", src: censusTextPage("Par Jeanne Dupont\nil y a 2 jours\n", ""), published: "2024-03-14"},
		textCase{name: "relative, no crawl date", src: censusTextPage("By Jane Doe\n2 days ago\n", "")},
		textCase{name: "no year, the URL's year", url: "https://coast.example/2024/03/harbour-board-ferry-pier/", src: censusTextPage("By Jane Doe\nMar 14\n", ""), published: "2024-03-14"},
		textCase{name: "no year, a full date of the same month lower down", src: censusTextPage("By Jane Doe\nMar 14\n", "Posted in Local on March 14, 2024\n"), published: "2024-03-14"},
		textCase{name: "leave alone: no year and nothing to settle it", src: censusTextPage("By Jane Doe\nMar 14\n", "")},
		textCase{name: "leave alone: a copyright year alone", src: censusTextPage("By Jane Doe\nMar 14\n", "© 2024 Coast News\n")},
		textCase{name: "hr, labelled, with its time", src: censusTextPage("Piše: Ana Horvat\nObjavljeno: 14. ožujka 2024. u 10:32\n", ""), published: "2024-03-14T10:32:00"},
		textCase{name: "sr, labelled, with its time", src: censusTextPage("Објављено: 14. 03. 2024. у 10:32\n", ""), published: "2024-03-14T10:32:00"},
		textCase{name: "bs, labelled, numeric, with its time", src: censusTextPage("Objavljeno 14.03.2024. u 10:32\n", ""), published: "2024-03-14T10:32:00"},
		textCase{name: "hr, the update's line first", src: censusTextPage("Ažurirano: 15. 3. 2024. u 09:00\nObjavljeno: 14. 3. 2024. u 10:32\n", ""), published: "2024-03-14T10:32:00"},
		textCase{name: "leave alone: hr, a stop with a number glued after it", src: censusTextPage("Piše: Ana Horvat\n14. 3. 2024.5\n", "")},
		textCase{name: "numeric, day first by another date", src: censusTextPage("By Jane Doe\n01/04/2024\n", "Related\nFerry fares to rise 25/03/2024\n"), published: "2024-04-01"},
	)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			opts := &extract.Options{URL: c.url}
			if c.crawl != "" {
				opts.CrawlDate, _ = time.Parse(time.DateOnly, c.crawl)
			}
			a, err := extract.String(c.src, opts)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published {
				t.Errorf("published %q (from %q), want %q", a.Published, a.PublishedFrom, c.published)
			}
		})
	}
}
