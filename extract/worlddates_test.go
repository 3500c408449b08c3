package extract_test

import (
	"html"
	"strings"
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// worldDateRow is a row of testdata/worlddates.tsv: an invented date line
// or HTML date source, and the day the contract says the article gives.
type worldDateRow struct {
	name, kind, lang, crawl, url, head, top, after string
	// published is the article's day (YYYY-MM-DD), "" where the page
	// gives no publication date.
	published string
	// modified is the update's day where the row prints one: it must come
	// out as the article's modified date, never as its publication; "-"
	// where the article must give none, "" where it is not checked.
	modified string
}

// readWorldDateRows reads a census table in the form of
// testdata/worlddates.tsv.
func readWorldDateRows(t *testing.T, file string) []worldDateRow {
	t.Helper()
	var out []worldDateRow
	for _, row := range readTSV(t, file, 10) {
		f := row.fields
		r := worldDateRow{name: f[0], kind: f[1], lang: f[2], crawl: f[3], url: f[4], head: f[5], top: f[6], after: f[7],
			published: f[8], modified: f[9]}
		if r.published == "-" {
			r.published = ""
		}
		if r.kind != "line" && r.kind != "html" {
			t.Fatalf("%s:%d: kind %q", file, row.line, r.kind)
		}
		out = append(out, r)
	}
	return out
}

// options gives the row's crawl time and address.
func (r worldDateRow) options(t *testing.T) *extract.Options {
	t.Helper()
	crawl := time.Date(2025, 12, 6, 12, 0, 0, 0, time.UTC)
	if r.crawl != "" {
		var err error
		if crawl, err = time.Parse(time.RFC3339, r.crawl); err != nil {
			if crawl, err = time.Parse(time.DateOnly, r.crawl); err != nil {
				t.Fatalf("crawl %q: %v", r.crawl, err)
			}
		}
	}
	return &extract.Options{URL: r.url, CrawlDate: crawl}
}

// text is a line row's page flattened: the headline, the date line, the
// census story's paragraphs.
func (r worldDateRow) text() string {
	var b strings.Builder
	b.WriteString("Harbour board to rebuild the ferry pier\n" + r.top + "\n\n")
	story := strings.NewReplacer("<p>", "", "</p>", "\n").Replace(censusStory)
	b.WriteString(strings.ReplaceAll(story, "\n", "\n\n"))
	return b.String()
}

// page is the row as an HTML page: a line row's line is a paragraph under
// the headline.
func (r worldDateRow) page() []byte {
	top := r.top
	if r.kind == "line" {
		top = `<p class="date">` + html.EscapeString(r.top) + `</p>`
	}
	return censusPage(r.lang, r.head, top, r.after)
}

// checkWorldDate compares one path's article with the row.
func checkWorldDate(ck checker, path string, r worldDateRow, a *extract.Article) {
	ck.Helper()
	if got := a.Published[:min(len(a.Published), 10)]; got != r.published {
		ck.Errorf("%s: published %q (from %q), want the day %q", path, a.Published, a.PublishedFrom, r.published)
	}
	if r.modified == "-" {
		if a.Modified != "" {
			ck.Errorf("%s: modified %q, want none", path, a.Modified)
		}
	} else if r.modified != "" {
		if got := a.Modified[:min(len(a.Modified), 10)]; got != r.modified {
			ck.Errorf("%s: modified %q, want the day %q", path, a.Modified, r.modified)
		}
	}
	if a.Title != "Harbour board to rebuild the ferry pier" {
		ck.Errorf("%s: title %q", path, a.Title)
	}
}

// Invented date lines in the world's languages, scripts and calendars,
// and HTML date sources of many publishing systems, through extract.Text
// and extract.HTML: the publication's day comes out, an update's day
// stays apart as the modified date, a date after the crawl is no
// publication, and a comment's, a sidebar story's or a copyright's date
// is not the article's.
func TestWorldDates(t *testing.T) {
	runWorldDates(t, "worlddates.tsv", gapTable{list: "knownWorldDateGaps", known: knownWorldDateGaps})
}

// The second census (testdata/worlddates2.tsv): publishing systems' date
// markup, rarer meta names and value shapes, JSON-LD variants, URL shapes,
// an update's line printed before the publication's, ages against the
// crawl time, and the date lines of more languages and calendars.
func TestWorldDates2(t *testing.T) {
	runWorldDates(t, "worlddates2.tsv", gapTable{list: "knownWorldDate2Gaps", known: knownWorldDate2Gaps})
}

// The third census (testdata/worlddates3.tsv): ages in more languages,
// ordinal and abbreviated English forms, more scripts, digits and
// calendars, dates split over elements, URL-only dates, meta and JSON-LD
// variants, and dates on the page that are not the article's.
func TestWorldDates3(t *testing.T) {
	runWorldDates(t, "worlddates3.tsv", gapTable{list: "knownWorldDate3Gaps", known: knownWorldDate3Gaps})
}

// The fourth census (testdata/worlddates4.tsv): the date lines of the
// Caucasus, Central Asia, Mongolia, Ukraine, Belarus, Romania, Turkey,
// Iran and Afghanistan as their sites print them; Burmese, Khmer and
// Ethiopian dates; Xinhua's and People's Daily's URLs; a VideoObject's
// uploadDate; JSON-LD dates in the US order; a bare data-date; and dates
// that are not the article's.
func TestWorldDates4(t *testing.T) {
	runWorldDates(t, "worlddates4.tsv", gapTable{list: "knownWorldDate4Gaps", known: knownWorldDate4Gaps})
}

// runWorldDates runs a census table's rows through both paths.
func runWorldDates(t *testing.T, file string, g gapTable) {
	t.Helper()
	rows := readWorldDateRows(t, file)
	if len(rows) < 80 {
		t.Fatalf("%d rows", len(rows))
	}
	runWorldDateRows(t, rows, g)
}

// runWorldDateRows runs a census's rows through both paths: a line row
// through extract.String and as HTML, an html row as HTML.
func runWorldDateRows(t *testing.T, rows []worldDateRow, g gapTable) {
	t.Helper()
	for _, r := range rows {
		g.row(t, r.name, func(t *testing.T, ck checker) {
			if r.kind == "line" {
				a, err := extract.String(r.text(), r.options(t))
				if err != nil {
					t.Fatal(err)
				}
				checkWorldDate(ck, "text", r, a)
			}
			a, err := extract.HTMLBytes(r.page(), "text/html; charset=utf-8", r.options(t))
			if err != nil {
				t.Fatal(err)
			}
			checkWorldDate(ck, "html", r, a)
		})
	}
	g.done(t, len(rows))
}

// knownWorldDateGaps are the rows the date code still reads wrong, logged
// rather than failed; a row that comes to read right fails the test until
// it leaves this list. The table was written blind (before the date code
// was read): 115 of its first 144 rows read right then. Left: a JSON-LD
// date in the US order (read as the day first); and French "5 des 2025",
// which Indonesian's "Des" (December) reads as a date. (Roman-numeral
// months, epoch seconds in article:published_time and an Arabic date line
// with م for the afternoon read right since the thirty-third session;
// Thai's era year after "พ.ศ." or in two digits and the Levant's two-word
// month names, "كانون الأول", since the thirty-fourth.)
var knownWorldDateGaps = map[string]bool{
	"JSON-LD, a US-order date":                    true,
	"leave alone: French des between two numbers": true,
}

// knownWorldDate2Gaps are the second census's rows the date code still
// reads wrong, kept as knownWorldDateGaps is. The table was written blind
// (before the date code was read): 70 of its 100 rows read right then
// (four rows that wanted no date where an update's alone stands in for
// it, as published_from "modified" says, and one whose line read as the
// headline, were the table's mistakes, put right). Left:
//   - an update's <time> printed before the publication's, both without
//     datetime (the first one printed is taken);
//   - uCoz's "Дата:" after other fields on one line;
//   - (a bare data-date attribute with an ISO date reads right since the
//     thirty-sixth session: on a tag whose class names a date, not a
//     calendar's cell or link, nor past an aside or a related box);
//   - a VideoObject's uploadDate: read as the page's, it took an embedded
//     clip's day over a news page's meta (two AEB pages) and gave shop,
//     product and section pages a date (four WCXB train pages);
//   - (an ItemList's story's datePublished, which the raw scan of the
//     source for "datePublished" took where the JSON-LD reader did not,
//     reads right since the forty-third session: the scan passes over a
//     JSON-LD list's dates);
//   - a day-first date with hyphens in the URL (05-12-2025: either order);
//   - an update line before the publication's where the latter has its
//     time before its day ("Originally published 2:30 PM EST, Fri December
//     5, 2025") or is French ("Modifié le ... - Publié le ...");
//   - (Mongolian's "2025 оны 12 сарын 5" and Basque's "2025eko
//     abenduaren 5a" read right since the thirty-fourth session, Khmer's
//     digits and names and the Ethiopian calendar since the thirty-fifth,
//     a Hijri date of a two-word month before the Gregorian one since the
//     forty-second).
var knownWorldDate2Gaps = map[string]bool{
	"time class=updated printed before time class=published, text only": true,
	"uCoz: eDetails with Дата":                                          true,
	"JSON-LD: a VideoObject's uploadDate":                               true,
	"the URL with the day first and hyphens":                            true,
	"English, CNN-style Updated then Originally published":              true,
}

// knownWorldDate3Gaps are the third census's rows the date code still
// reads wrong, kept as knownWorldDateGaps is. The table was written blind
// (before more of the date code was read): 56 of its 85 rows read right
// then (one row made the text path panic). Left:
//   - two lines that must give no date read as the headline on the
//     flattened text ("Ferries resume in 2 days", "All content copyright
//     Coast News 2025"): the date is right (none), the title is not; the
//     text path takes the headline-shaped line nearest the story;
//   - a URL's day with hyphens inside a slug's words (Burmese's digits
//     and words for year and day, Xinhua's "/2025-12/05/" and People's
//     Daily's "/2025/1205/" read right since the thirty-fifth session);
//   - a VideoObject's uploadDate as the page's only date (as in the
//     second census).
//
// A read-next card's <time> below the story, outside any aside or list
// of other stories, reads right since a refit of the story models labels
// the card no story (the model's call, not a rule's).
var knownWorldDate3Gaps = map[string]bool{
	"leave alone: an age to come is no date":                    true,
	"leave alone: a copyright year in words":                    true,
	"the URL, the day with hyphens inside the slug":             true,
	"JSON-LD, a VideoObject in a graph with a dateless WebPage": true,
}

// knownWorldDate4Gaps are the fourth census's rows the date code still
// reads wrong, kept as knownWorldDateGaps is. The table was written blind
// (before the date code was read): 57 of its 98 rows read right then, 94
// since (month lists, the year's words, ordinal endings, Burmese and
// Khmer digits, the Ethiopian calendar, the Gregorian date beside a solar
// Hijri one, today's and yesterday's words, People's Daily's and Xinhua's
// URLs, a US-order date in an en-US page's metadata). Left:
//   - a VideoObject's uploadDate, even as the page's main entity (see
//     knownWorldDate2Gaps: read as the page's, it dated clips' and shops'
//     pages; it is read since the thirty-sixth session where og:type
//     calls the page a video's);
//   - (a bare data-date attribute on an empty date box reads right since
//     the thirty-sixth session, as in knownWorldDate2Gaps).
var knownWorldDate4Gaps = map[string]bool{
	"JSON-LD, a VideoObject as the page's main entity beside a WebSite": true,
	"JSON-LD, a VideoObject alone":                                      true,
}
