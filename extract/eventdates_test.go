package extract_test

import "testing"

// Invented flattened heads whose date line's label names an event
// (testdata/eventdatelines.tsv): no reader takes the event's date for the
// publication's.
func TestEventDateLines(t *testing.T) {
	runTextDateCensus(t, "eventdatelines.tsv", 13, "knownEventDateLineGaps", knownEventDateLineGaps)
}

// knownEventDateLineGaps are the rows of testdata/eventdatelines.tsv
// still read wrong, with their causes.
var knownEventDateLineGaps = map[string]bool{}

// Invented date lines and marked elements whose label names an event
// (testdata/eventdates.tsv) through both paths: an event's day is no
// publication's on HTML either.
func TestEventDates(t *testing.T) {
	rows := readWorldDateRows(t, "eventdates.tsv")
	if len(rows) < 6 {
		t.Fatalf("%d rows", len(rows))
	}
	runWorldDateRows(t, rows, gapTable{list: "knownEventDateGaps", known: knownEventDateGaps})
}

// knownEventDateGaps are the rows of testdata/eventdates.tsv still read
// wrong, with their causes. (The hearing's date line under the headline
// reads right since a field's date is no headline of flattened text:
// clean's labelledDateLine.)
var knownEventDateGaps = map[string]bool{}
