package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// The eleventh census (testdata/worlddates11.tsv): the heads of
// publishing systems and countries the earlier tables lack, each with
// several dates (the publication's, an update's, a related item's, a
// comment's, a teaser's above the headline), as date lines and HTML.
func TestWorldDates11(t *testing.T) {
	rows := readEleventhRows(t)
	if len(rows) < 70 {
		t.Fatalf("%d rows", len(rows))
	}
	g := gapTable{list: "knownWorldDate11Gaps", known: knownWorldDate11Gaps}
	for _, r := range rows {
		g.row(t, r.name, func(t *testing.T, ck checker) {
			if r.kind == "line" {
				a, err := extract.String(r.text(), r.options(t))
				if err != nil {
					t.Fatal(err)
				}
				checkWorldDate(ck, "text", r, a)
			}
			page := r.page()
			if r.kind == "above" {
				page = teaserAbovePage(r)
			}
			a, err := extract.HTMLBytes(page, "text/html; charset=utf-8", r.options(t))
			if err != nil {
				t.Fatal(err)
			}
			checkWorldDate(ck, "html", r, a)
		})
	}
	g.done(t, len(rows))
}

// readEleventhRows reads testdata/worlddates11.tsv, whose kinds are
// worlddates.tsv's and "above".
func readEleventhRows(t *testing.T) []worldDateRow {
	t.Helper()
	var out []worldDateRow
	for _, row := range readTSV(t, "worlddates11.tsv", 10) {
		f := row.fields
		r := worldDateRow{name: f[0], kind: f[1], lang: f[2], crawl: f[3], url: f[4], head: f[5], top: f[6], after: f[7],
			published: f[8], modified: f[9]}
		if r.published == "-" {
			r.published = ""
		}
		if r.kind != "line" && r.kind != "html" && r.kind != "above" {
			t.Fatalf("worlddates11.tsv:%d: kind %q", row.line, r.kind)
		}
		out = append(out, r)
	}
	return out
}

// teaserAbovePage is an "above" row's page: its top between the
// navigation and the article, its after under the headline.
func teaserAbovePage(r worldDateRow) []byte {
	return []byte(`<!doctype html><html lang="` + r.lang + `"><head><title>Harbour board to rebuild the ferry pier | Coast News</title>` + r.head +
		`</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>` + r.top + `<article><h1>Harbour board to rebuild the ferry pier</h1>` +
		r.after + censusStory + `</article><footer><p>© 2026 Coast News</p></footer></body></html>`)
}

// knownWorldDate11Gaps are the eleventh census's rows the date code still
// reads wrong, kept as knownWorldDateGaps is, with their causes. The table
// was written blind (before the date ranker, the metadata's date code and
// the line readers were read): 68 of its 77 rows read right then, 74
// since: a teaser card's or a list's date above the headline, in a small
// container with another page's linked headline, is no date line (clean's
// teaserAbove; four rows, where it had won over JSON-LD, a meta tag and
// the URL's day); Catalan's "Actualitzat" is an update (clean's
// updateWords); a note of the first publication at the foot ("This
// article was originally published on ...") is the publication on an HTML
// page whose only other date is its update (publishedNoteDate); 75 since
// a line of a date in Devanagari digits is no headline (clean's
// nativeDigitDate). Left:
var knownWorldDate11Gaps = map[string]bool{
	// the text path takes a Nepali date line beside a Gregorian day for
	// the headline (the title's stages, clean's headtitle*: nativeDigitDate
	// reads a line of Devanagari digits alone, where a Bikram Sambat date
	// alone no longer is one); the dates read right on both paths: the
	// Gregorian day beside the Bikram Sambat one, and no day from a Bikram
	// Sambat date alone (its year, 2082, lies in the future, and no table
	// converts it)
	"Nepal: Bikram Sambat beside the Gregorian day": true,
	// the text path takes a month and day with no year before a Japanese
	// weekday in brackets ("11/22(土) 7:05") for the headline (the title's
	// stages); HTML reads the day (weekdayMonthDay)
	"Japanese: a month and day with a weekday and no year": true,
}
