package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// An apostrophe's two-digit year ("Mar 4 '30") names the latest such year
// up to the crawl's, not a fixed window's (1930..2029): crawled in 2031 it
// is 2030; a date the crawl's year would put after the crawl is the
// century before's. That year more than 50 years before the crawl
// ("'29", "'30" or "'75" crawled in 2026, "'31" crawled in January 2031)
// is refused, a reading a century back being worse than none; 50 years
// back ("'76" crawled in 2026) is kept. Without a crawl date, a
// four-digit year, and a year the window already reads right, nothing
// changes (revB75, revB76).
func TestShortYearRelativeToCrawl(t *testing.T) {
	crawl2031 := time.Date(2031, time.June, 10, 0, 0, 0, 0, time.UTC)
	crawl2026 := time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC)
	crawl2031jan := time.Date(2031, time.January, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name  string
		crawl time.Time
		top   string
		want  string
	}{
		{"US strip, crawled 2031", crawl2031, `<p class="date">Mar 4 '30</p>`, "2030-03-04"},
		{"UK strip, right quote, crawled 2031", crawl2031, `<div class="meta">By Jane Doe · 4 March ’30</div>`, "2030-03-04"},
		{"update line, crawled 2031", crawl2031, `<p class="date">Updated Mar 6 '30</p>`, "2030-03-06"},
		{"crawled 2026, a year ahead: refused, not 1929", crawl2026, `<p class="date">Dec 7 '29</p>`, ""},
		{"event strip crawled 2026: refused, not 1927", crawl2026, `<p class="date">Sat Mar 4 '27</p>`, ""},
		{"crawled 2026, the window's 1930: refused", crawl2026, `<p class="date">Mar 4 '30</p>`, ""},
		{"after the crawl in its year: refused, not 1931", crawl2031jan, `<p class="date">Mar 4 '31</p>`, ""},
		{"50 years back: kept", crawl2026, `<p class="date">Mar 4 '76</p>`, "1976-03-04"},
		{"51 years back: refused", crawl2026, `<p class="date">Mar 4 '75</p>`, ""},
		{"leave alone: crawled 2026, this decade", crawl2026, `<p class="date">Mar 4 '25</p>`, "2025-03-04"},
		{"leave alone: no crawl date", time.Time{}, `<p class="date">Mar 4 '30</p>`, "1930-03-04"},
		{"leave alone: a four-digit year", crawl2031, `<p class="date">Mar 4, 1930</p>`, "1930-03-04"},
		{"leave alone: a decade is no year", crawl2031, `<p class="date">Mar 4, 1930 · the '30s series</p>`, "1930-03-04"},
		{"leave alone: a class's year beside a four-digit date", crawl2031, `<p class="date">Mar 4, 1930</p><p class="byline">By Jane Doe, class of '30</p>`, "1930-03-04"},
		{"leave alone: the four-digit year in the same strip", crawl2031, `<p class="date">Mar 4, 1930 · Spring '30</p>`, "1930-03-04"},
	} {
		a, err := extract.HTMLBytes(censusPage("en", "", c.top, ""), "text/html; charset=utf-8", &extract.Options{CrawlDate: c.crawl})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
			t.Errorf("%s: published %q (from %q), want %s", c.name, a.Published, a.PublishedFrom, c.want)
		}
	}
}

// Flattened text's date line takes the crawl's century the same way.
func TestShortYearRelativeToCrawlText(t *testing.T) {
	src := "Harbour board to rebuild the ferry pier\nMar 4 '30\n" +
		"The harbour board voted on Tuesday to rebuild the ferry pier before the summer season begins, its chair said.\n" +
		"Work on the new pier will start in April and the ferries will use the fishing quay until it is finished.\n" +
		"The board said the cost would be met from the port's reserves and a loan from the regional fund.\n"
	for crawl, want := range map[int]string{2031: "2030-03-04", 0: "1930-03-04"} {
		opts := &extract.Options{}
		if crawl != 0 {
			opts.CrawlDate = time.Date(crawl, time.June, 10, 0, 0, 0, 0, time.UTC)
		}
		a, err := extract.Text([]byte(src), opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != want {
			t.Errorf("crawled %d: published %q (from %q), want %s", crawl, a.Published, a.PublishedFrom, want)
		}
	}
}

// A day written as an ordinal ("March 4th '30", "1st", "22nd", "3rd")
// before the apostrophe's year is the date's day as a bare number is:
// crawled in 2031 the year is 2030 (revB76).
func TestShortYearAfterOrdinalDay(t *testing.T) {
	crawl := time.Date(2031, time.June, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ top, want string }{
		{`<p class="date">March 4th '30</p>`, "2030-03-04"},
		{`<p class="date">March 1st '30</p>`, "2030-03-01"},
		{`<p class="date">March 22nd '30</p>`, "2030-03-22"},
		{`<p class="date">March 3rd, '30</p>`, "2030-03-03"},
	} {
		a, err := extract.HTMLBytes(censusPage("en", "", c.top, ""), "text/html; charset=utf-8", &extract.Options{CrawlDate: crawl})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != c.want {
			t.Errorf("%s: published %q (from %q), want %s", c.top, a.Published, a.PublishedFrom, c.want)
		}
	}
}

// An apostrophe's year is read relative to the crawl only where the page
// prints no four-digit form of the date's year in any block, and the
// block with the apostrophe prints the date's day or month before it: a
// date set in 2027 ("Opens Jan 15, 2027", after a 2026 crawl) is not
// moved to 1927 by an event's name elsewhere ("Expo '27"), nor by a strip
// that names the month when the date line prints the year in full, nor
// is a date whose digits are not ASCII ("١٥ يناير ٢٠٢٧") moved by a strip
// that prints neither its day nor its month (revB76).
func TestShortYearNotFromAnotherBlock(t *testing.T) {
	crawl := time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ name, lang, top, after string }{
		{"event's name in another block", "en", `<div class="meta">By Jane Doe · Opens Jan 15, 2027</div>`, `<p class="x">Tickets for Expo '27 on sale</p>`},
		{"a strip naming the month, the year in full in the date line", "en", `<div class="meta">By Jane Doe · Opens Jan 15, 2027</div>`, `<p class="x">Expo Jan '27 tickets</p>`},
		{"Arabic digits, a strip with neither day nor month", "ar", `<p class="date">١٥ يناير ٢٠٢٧</p>`, `<p class="x">Expo '27</p>`},
	} {
		a, err := extract.HTMLBytes(censusPage(c.lang, "", c.top, c.after), "text/html; charset=utf-8", &extract.Options{CrawlDate: crawl})
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(a.Published, "1927") {
			t.Errorf("%s: published %q (from %q): a 2027 date read as 1927", c.name, a.Published, a.PublishedFrom)
		}
	}
}
