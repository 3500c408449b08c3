package extract_test

import "testing"

// Invented flattened heads of update and publication labels in Greek,
// Hindi, Vietnamese, Turkish, Azerbaijani, Russian and Ukrainian, date
// lines with a weekday and a time zone, dates glued to a section label,
// an agency's dateline with its date, a date after the first paragraph,
// and an event's date beside the publication's.
func TestWorldTextDateLabels(t *testing.T) {
	runTextDateCensus(t, "worldtextdates4.tsv", 50, "knownWorldTextDateLabelGaps", knownWorldTextDateLabelGaps)
}

// knownWorldTextDateLabelGaps are the rows of testdata/worldtextdates4.tsv
// the text path still reads wrong, logged rather than failed; a row that
// comes to read right fails the test until it leaves this list. The table
// was written blind (before the text path's date code was read): 47 of
// its 52 rows read right then. Read since: Italian's "ore" before the
// time ("mercoledì 5 marzo 2025, ore 14:22"), a Vietnamese update's line
// alone with its time first ("Cập nhật lúc 14:22 ngày 06/03/2025", which
// the headline finder took for the headline), a label that names an
// event's date ("Date of the hearing: 12 March 2025", clean's
// eventDateLabel), and a Hindi byline strip an update closes ("लेखक:
// सुनीता वर्मा | अपडेटेड: 06 मार्च 2025": clean's labelWorldByline leaves it
// to the head's date reader). Left:
var knownWorldTextDateLabelGaps = map[string]bool{
	// a "Related" heading, a teaser and its date at the foot: the date
	// line is the date detector's, and the clutter detectors do not take
	// the three lines for a list of other pages
	"leave alone: Last updated 2 days ago, no crawl, a related card's date at the foot": true,
}
