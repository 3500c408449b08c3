package clean_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsclean/newsclean/clean"
)

// blockOf returns the first block of kind k.
func blockOf(t *testing.T, res *clean.Result, k clean.Kind) clean.Block {
	t.Helper()
	for _, b := range res.Blocks {
		if b.Kind == k {
			return b
		}
	}
	t.Fatalf("no %s block", k)
	return clean.Block{}
}

func TestValuesOnBlocks(t *testing.T) {
	page := ` date 2024-03-05 Ministers meet in Tbilisi
5 March 2024 10:30
TBILISI, March 5. /TASS/. The two ministers met in Tbilisi on Tuesday to discuss transport links, officials said after the talks.
A woman walks past the ministry building
© EPA-EFE/JOHN SMITH
Both sides agreed to meet again in the spring of 2024, the statement said.
By Jane Doe and John Roe
`
	res, err := clean.String(page, &clean.Options{URL: "https://example.org/2024/03/05/ministers-meet"})
	if err != nil {
		t.Fatal(err)
	}
	header := clean.Stamp{Year: 2024, Month: time.March, Day: 5}
	if diff := cmp.Diff(&header, blockOf(t, res, clean.ScrapeHeader).Stamp); diff != "" {
		t.Errorf("scraper header's stamp (-want +got):\n%s", diff)
	}
	// No rule for example.org: the wire's zone (TASS, +03:00).
	line := clean.Stamp{Year: 2024, Month: time.March, Day: 5, Hour: 10, Minute: 30, HasTime: true, Offset: 3 * 3600, HasZone: true}
	if diff := cmp.Diff(&line, blockOf(t, res, clean.Date).Stamp); diff != "" {
		t.Errorf("date line's stamp (-want +got):\n%s", diff)
	}
	dl := clean.DatelineParts{Place: "Tbilisi", Month: time.March, Day: 5, Agency: "TASS", InferredYear: 2024}
	if diff := cmp.Diff(&dl, blockOf(t, res, clean.Dateline).Dateline); diff != "" {
		t.Errorf("dateline's parts (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Jane Doe", "John Roe"}, blockOf(t, res, clean.Byline).Authors); diff != "" {
		t.Errorf("byline's names (-want +got):\n%s", diff)
	}
	if got := blockOf(t, res, clean.Credit).Credit; got != "EPA-EFE/JOHN SMITH" {
		t.Errorf("credit = %q, want the credit without its mark", got)
	}
	if diff := cmp.Diff(&header, res.URLDate); diff != "" {
		t.Errorf("URL date (-want +got):\n%s", diff)
	}
}

func TestStampMethods(t *testing.T) {
	st := clean.Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 23, Minute: 12, HasTime: true, Offset: 4 * 3600, HasZone: true}
	if got := st.ISO(); got != "2023-05-25T23:12:00+04:00" {
		t.Errorf("ISO = %q", got)
	}
	if tm, ok := st.Time(); !ok || !tm.Equal(time.Date(2023, 5, 25, 19, 12, 0, 0, time.UTC)) {
		t.Errorf("Time = %v, %v", tm, ok)
	}
	if (clean.Stamp{Year: 2023, Month: time.February, Day: 29}).Valid() {
		t.Error("2023-02-29 is valid")
	}
	if !st.SameDay(clean.Stamp{Year: 2023, Month: time.May}) || st.SameDay(clean.Stamp{Year: 2023, Month: time.May, Day: 24}) {
		t.Error("SameDay: a stamp without a day matches any day of its month, and only those")
	}
}
