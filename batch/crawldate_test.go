package batch

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/newsclean/newsclean/extract"
)

// Options.Extract.CrawlDate stands for a record without one (a plain file),
// so that a future date is still refused against it; a record's own crawl
// date wins where it has one.
func TestRunCrawlDateDefault(t *testing.T) {
	page := []byte("Harbour ferry timetable changes for the winter\n\nPublished: 5 March 2031\n\n" +
		"The harbour authority said on Tuesday that the winter timetable for the island ferries will start next month, with fewer crossings on weekdays.\n\n" +
		"Officials said the change follows a drop in passengers over the past two winters and a shortage of crew on the longer routes.\n")
	crawl := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)
	recs := []Record{
		{ID: "no-crawl-date", Kind: KindText, Data: page},
		{ID: "own-crawl-date", Kind: KindText, Data: page, CrawlDate: time.Date(2031, 3, 6, 0, 0, 0, 0, time.UTC)},
	}
	got := map[string]string{}
	for r := range Run(context.Background(), slices.Values(recs), &Options{Extract: &extract.Options{CrawlDate: crawl}}) {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Record.ID, r.Err)
		}
		got[r.Record.ID] = r.Article.Published
	}
	if got["no-crawl-date"] != "" {
		t.Errorf("no-crawl-date: published %q, want none (after Extract.CrawlDate)", got["no-crawl-date"])
	}
	if got["own-crawl-date"] != "2031-03-05" {
		t.Errorf("own-crawl-date: published %q, want 2031-03-05", got["own-crawl-date"])
	}
}
