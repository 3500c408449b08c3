package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// TestSectionLabel checks which candidate titles read as a section's
// label over the post ([sectionLabel]).
func TestSectionLabel(t *testing.T) {
	m := &htmldoc.Meta{Section: "Local News"}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Blog", true}, {"Opinion", true}, {"News", true}, {"Press Releases", true}, {"Local news", true},
		// A short topic is no label, nor a headline that holds one.
		{"Coffee", false}, {"Book Reviews", false}, {"Climate Change", false}, {"Opinion polls tighten before the vote", false}, {"", false},
	} {
		if got := sectionLabel(c.text, m); got != c.want {
			t.Errorf("sectionLabel(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	// A section that is the headline itself (some pages' JSON-LD) makes no
	// headline a label.
	if sectionLabel("Average Cost of Online Ferry Tickets", &htmldoc.Meta{Section: "Average Cost Of Online Ferry Tickets"}) {
		t.Error("a section of six words read as a label")
	}
}

// TestRankTitleOverSectionLabel checks that a section's label in the page
// header's <h1> is not the title over og:title's headline, and that a
// short topic in the <h1> stays.
func TestRankTitleOverSectionLabel(t *testing.T) {
	for _, c := range []struct{ h1, want string }{
		{"Blog", "Harbour ferry timetable changes for winter"},
		{"Insights", "Harbour ferry timetable changes for winter"},
		{"Ferries", "Ferries"},
	} {
		page := `<!DOCTYPE html><html><head><title>Harbour ferry timetable changes for winter | Valley Gazette</title>
<meta property="og:title" content="Harbour ferry timetable changes for winter"></head><body>
<div class="page-header"><h1>` + c.h1 + `</h1></div><article>
<p>The harbour ferry will run less often from the first week of December, the operator said on Monday, citing fewer passengers in the colder months.</p>
<p>Commuters who rely on the early crossing will find the first boat leaves twenty minutes later, and the last evening service is withdrawn until March.</p>
<p>The operator said the summer timetable would return in April once the pier works are finished and the new pontoon is in place.</p></article></body></html>`
		res, err := HTML([]byte(page), "text/html; charset=utf-8", &Options{URL: "https://valleygazette.example/2025/11/ferry-timetable"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != c.want {
			t.Errorf("h1 %q: Title = %q, want %q", c.h1, res.Title, c.want)
		}
	}
}
