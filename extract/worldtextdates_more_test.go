package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// checkTextDateRow reads the row's page and reports to ck where its
// publication or update day differs from the row's.
func checkTextDateRow(t *testing.T, ck checker, r textDateRow) {
	t.Helper()
	a, err := extract.String(r.text(), r.options(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published[:min(len(a.Published), 10)]; got != r.published {
		ck.Errorf("published %q (from %q), want the day %q", a.Published, a.PublishedFrom, r.published)
	}
	switch r.modified {
	case "":
	case "-":
		if a.Modified != "" {
			ck.Errorf("modified %q, want none", a.Modified)
		}
	default:
		if got := a.Modified[:min(len(a.Modified), 10)]; got != r.modified {
			ck.Errorf("modified %q, want the day %q", a.Modified, r.modified)
		}
	}
}

// Invented flattened heads of kinds the first census lacks: a time before
// the date, capitals with no comma before the year, reading times and view
// counts beside the date, a byline's "on" date, an update labelled before
// the publication, date lines in fourteen languages; and the days that are
// not the article's: an age with no crawl time, a date in the story's
// first sentence, an event's line.
func TestWorldTextDatesMore(t *testing.T) {
	runTextDateCensus(t, "worldtextdates2.tsv", 50, "knownWorldTextDateMoreGaps", knownWorldTextDateMoreGaps)
}

// knownWorldTextDateMoreGaps are the rows of testdata/worldtextdates2.tsv
// the text path still reads wrong, logged rather than failed; a row that
// comes to read right fails the test until it leaves this list. The table
// was written blind: 50 of its 52 rows read right then. Read since: a
// reading time labelled before its count ("Lesezeit: 4 Min. |
// 03.03.2025", clean/headtitle_readlabel.go). Left:
var knownWorldTextDateMoreGaps = map[string]bool{
	// "03/05/2025" with no hint of its order on the page (no 12-hour
	// clock, weekday, dateline, US language tag or other numeric date)
	// reads day first, as pageOrder (extract/published_order.go) chose on
	// WCXB's train pages; the row expected a US site's month first
	"English, Posted by name on US numeric": true,
}

// Invented flattened heads and feet of the layouts blogs and themes
// print: a label over its date, a date above the headline, a calendar
// badge, strips of byline, date, sections and comment counts, a press
// release's dateline; and a next post's or an events list's dates at the
// foot, which are not the article's.
func TestWorldTextDateLayouts(t *testing.T) {
	runTextDateCensus(t, "worldtextdates3.tsv", 25, "knownWorldTextDateLayoutGaps", knownWorldTextDateLayoutGaps)
}

// knownWorldTextDateLayoutGaps are the rows of testdata/worldtextdates3.tsv
// the text path still reads wrong, logged rather than failed; a row that
// comes to read right fails the test until it leaves this list. The table
// was written after the text path's date code had been read in part: 23
// of its 28 rows read right then. Read since: a press release's dateline
// that credits its distributor between slashes after a date with its year
// ("SPRINGFIELD, March 3, 2025 /PRNewswire/ --"). Left:
var knownWorldTextDateLayoutGaps = map[string]bool{
	// a calendar badge's day, month and year on lines of their own: no
	// reader joins lines into a date
	"English, calendar badge day month year on three lines": true,
	// "This page was last edited on 4 March 2025": six words before the
	// date, where an update's line may have four (findDateStamp)
	"English, page last edited at the foot": true,
	// a bare date line under the story is the date detector's
	// (clean/dates.go) wherever it stands; a "Most read" or "Latest"
	// heading takes its teaser and date into the list, but "Next post"
	// is only a nav label and "Upcoming events" no list's heading, so the
	// teaser's date is the only date line (the clutter detectors')
	"leave alone: a next-post link's date at the foot": true,
	"leave alone: an events list at the foot":          true,
}
