package clean

import (
	"strings"
	"testing"
)

func TestOneLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"WEEKEND\nCODING\nAGENT", "WEEKEND CODING AGENT"},
		{"Night ferries return \r\n\n\t to the harbour", "Night ferries return to the harbour"},
		{"Night ferries return", "Night ferries return"},
		{"Night  ferries\u00a0return", "Night  ferries\u00a0return"}, // no line break: as it is
		{"\nNight ferries\n", "Night ferries"},
	} {
		if got := oneLine(c.in); got != c.want {
			t.Errorf("oneLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRankTitleOneLine checks that a headline set over lines with <br> is
// the article's title on one line.
func TestRankTitleOneLine(t *testing.T) {
	page := strings.ReplaceAll(rankPage, "<h1>Harbour ferries return to the night timetable</h1>", "<h1>Harbour ferries return<br>to the night timetable</h1>")
	res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://harbourpost.example/news/ferries-return-night-timetable"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Harbour ferries return to the night timetable"; res.Title != want {
		t.Errorf("Title = %q, want %q", res.Title, want)
	}
}
