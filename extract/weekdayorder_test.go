package extract_test

import "testing"

// Invented numeric date lines with a weekday (testdata/weekdayorder.tsv)
// through both paths: the weekday settles an ambiguous day and month
// where it agrees with one reading only.
func TestWeekdayDateOrder(t *testing.T) {
	rows := readWorldDateRows(t, "weekdayorder.tsv")
	if len(rows) < 13 {
		t.Fatalf("%d rows", len(rows))
	}
	runWorldDateRows(t, rows, gapTable{list: "knownWeekdayOrderGaps", known: knownWeekdayOrderGaps})
}

// knownWeekdayOrderGaps are the rows of testdata/weekdayorder.tsv still
// read wrong, with their causes.
var knownWeekdayOrderGaps = map[string]bool{}
