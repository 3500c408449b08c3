package batch

import (
	"strings"
	"testing"
)

// TestJSONLTitleApart: an export that keeps the title and the date apart
// from the text (news-please's "title", "date_publish" and "maintext") gets
// them as the page's first lines; a text that opens with its title or
// prints its date, an HTML page, a date that does not parse, and values
// that are not strings are read as they are.
func TestJSONLTitleApart(t *testing.T) {
	in := `{"id":"np","title":"Ministers  Meet on the Rail Link","maintext":"Ministers met on Tuesday.\nTalks resume next month."}
{"id":"has","title":"Ministers Meet","text":"Ministers Meet\n\nMinisters met on Tuesday."}
{"id":"html","title":"Ministers Meet","html":"<p>Ministers met on Tuesday.</p>"}
{"id":"num","title":42,"text":"Ministers met on Tuesday."}
{"id":"blank","title":" ","text":"Ministers met on Tuesday."}
{"id":"dated","title":"Ministers Meet","date_publish":"2025-03-14 10:00:00","maintext":"Ministers met on Tuesday."}
{"id":"printed","date_publish":"2025-03-14","text":"Ministers Meet\n2025-03-14\nMinisters met on Tuesday."}
{"id":"none","title":"Ministers Meet","date_publish":"None","maintext":"Ministers met on Tuesday."}
{"id":"nulldate","date_publish":null,"maintext":"Ministers met on Tuesday."}
`
	want := map[string]string{
		"np":       "Ministers Meet on the Rail Link\n\nMinisters met on Tuesday.\nTalks resume next month.",
		"has":      "Ministers Meet\n\nMinisters met on Tuesday.",
		"html":     "<p>Ministers met on Tuesday.</p>",
		"num":      "Ministers met on Tuesday.",
		"blank":    "Ministers met on Tuesday.",
		"dated":    "Ministers Meet\n\n2025-03-14 10:00:00\n\nMinisters met on Tuesday.",
		"printed":  "Ministers Meet\n2025-03-14\nMinisters met on Tuesday.",
		"none":     "Ministers Meet\n\nMinisters met on Tuesday.",
		"nulldate": "Ministers met on Tuesday.",
	}
	n := 0
	for rec := range NewReader(ReadOptions{Kind: KindJSONL}).Stream("x.jsonl", strings.NewReader(in)) {
		n++
		if rec.Err != nil {
			t.Errorf("%s: %v", rec.ID, rec.Err)
			continue
		}
		if got := string(rec.Data); got != want[rec.ID] {
			t.Errorf("%s: page %q, want %q", rec.ID, got, want[rec.ID])
		}
	}
	if n != len(want) {
		t.Errorf("%d records, want %d", n, len(want))
	}
}
