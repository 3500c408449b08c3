package extract_test

import "testing"

// Invented flattened heads and feet: wire datelines that print no year
// or no month, Nepali pages' Bikram Sambat dates, a date glued to the
// byline's name or under a photo credit, and date lines of twenty-four
// more languages; and the dates that are not the article's (a caption's,
// a deadline's in the deck, a copyright line's).
func TestWorldTextDateWires(t *testing.T) {
	runTextDateCensus(t, "worldtextdates7.tsv", 60, "knownWorldTextDateWireGaps", knownWorldTextDateWireGaps)
}

// knownWorldTextDateWireGaps are the rows of testdata/worldtextdates7.tsv
// the text path still reads wrong, logged rather than failed; a row that
// comes to read right fails the test until it leaves this list. The table
// was written blind: 47 of its 65 rows read right then. Read since: a
// dateline's month and day with no year the story settles, and Europa
// Press's day without its month ("VALENCIA, 5 (EUROPA PRESS)"), settled by
// the URL's date or the crawl date ("dateline+crawl-date",
// datelineCrawlDay; 13 rows); the labels "Filed" and "Story posted"
// (clean's dateLabelExpr); Burmese's month names with "လ", month, after
// them ("မတ်လ"), and Khmer's marks standing apart from their numbers ("ទី
// ៥", "ឆ្នាំ ២០២៥"). Left:
var knownWorldTextDateWireGaps = map[string]bool{
	// a Bikram Sambat date alone ("बुधबार, फागुन २१, २०८१"): its months'
	// lengths differ from year to year and are published as tables, one
	// row a year, that the package does not hold (the public tables
	// looked at for 2081 disagree on Jestha's, Ashadh's and Ashwin's
	// lengths, so none was taken); with no table the date cannot be
	// converted, and a Nepali page that prints the Gregorian date beside
	// it reads right
	"Nepali, Bikram Sambat date line alone": true,
}
