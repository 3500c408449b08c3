package batch

import (
	"strings"
	"testing"
)

// TestJSONLTitleApart: an export that keeps the title apart from the text
// (news-please's "title" and "maintext") gets it as the page's first line;
// a text that opens with its title, an HTML page, and a title that is not
// a string are read as they are.
func TestJSONLTitleApart(t *testing.T) {
	in := `{"id":"np","title":"Ministers  Meet on the Rail Link","maintext":"Ministers met on Tuesday.\nTalks resume next month."}
{"id":"has","title":"Ministers Meet","text":"Ministers Meet\n\nMinisters met on Tuesday."}
{"id":"html","title":"Ministers Meet","html":"<p>Ministers met on Tuesday.</p>"}
{"id":"num","title":42,"text":"Ministers met on Tuesday."}
{"id":"blank","title":" ","text":"Ministers met on Tuesday."}
`
	want := map[string]string{
		"np":    "Ministers Meet on the Rail Link\n\nMinisters met on Tuesday.\nTalks resume next month.",
		"has":   "Ministers Meet\n\nMinisters met on Tuesday.",
		"html":  "<p>Ministers met on Tuesday.</p>",
		"num":   "Ministers met on Tuesday.",
		"blank": "Ministers met on Tuesday.",
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
