package extract_test

import "testing"

// Invented flattened heads and feet: a date only in a first-publication
// note at the foot, printed ISO and RFC 2822 stamps, a GMT stamp in a
// strip, dotted and ordinal months, "Last updated" alone, an age beside an
// absolute date, numeric days whose order the page settles, and date lines
// of thirteen more languages.
func TestWorldTextDateNotes(t *testing.T) {
	runTextDateCensus(t, "worldtextdates6.tsv", 50, "knownWorldTextDateNoteGaps", knownWorldTextDateNoteGaps)
}

// knownWorldTextDateNoteGaps are the rows of testdata/worldtextdates6.tsv
// the text path still reads wrong, logged rather than failed; a row that
// comes to read right fails the test until it leaves this list. The table
// was written blind: 47 of its 53 rows read right then (one more, "Last
// updated" alone, had been written against the contract, which gives the
// update's day as the published day where the page gives no other: the
// table's mistake, put right). Read since: "a.m." and "p.m." as an
// American clock beside a slashed date; Bulgarian's hour mark "ч."; the
// update labels of Bulgarian and Estonian (and of Latvian, Lithuanian,
// Slovene and Swahili, unasked). Left:
var knownWorldTextDateNoteGaps = map[string]bool{
	// "Posted 3/5/2025" over "Updated March 7, 2025" at the foot: a date
	// in words written month first says nothing of the order of the
	// page's numeric dates (WordPress's default format prints "December
	// 2, 2025" on sites of every region; WCXB's train page 0429 prints
	// "02-12-2025" for 2 December beside it), so the numeric date stays
	// day first (extract's wordedOrder counts only the same day in words),
	// and the update, then before the publication, is not taken
	"English, US numeric with a US month-named date at the foot": true,
}
