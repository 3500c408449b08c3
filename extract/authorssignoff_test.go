package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A sign-off under the story names its writer on an HTML page where
// nothing else does: a wire's "Reporting by" (the editors are no
// authors), a dashed name with a writer's role, a reporter's contact
// line. A byline by the title or the metadata's author comes first (the
// sign-off then stays among the removed lines), and two sign-offs, a
// line of editors alone or a quotation's dashed source give none.
func TestHTMLSignoff(t *testing.T) {
	const story = `<p>The harbour authority said on Monday that the new ferry pier would open in the spring, two years after the old one was closed for repairs.</p><p>Work on the approach road is to start next month, and the ferries will keep their timetable while it goes on.</p>`
	page := func(head, top, tail string) string {
		return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New ferry pier to open in spring</title>` + head +
			`</head><body><article><h1>New ferry pier to open in spring</h1>` + top + story + tail + `</article></body></html>`
	}
	for _, c := range []struct {
		name, page string
		want       []string
		removed    string // a line that must stay among the removed
	}{
		{"wire sign-off", page("", "", `<p>(Reporting by Ines Vogt and Tom Hale in Oslo; Editing by Kate Lund)</p>`), []string{"Ines Vogt", "Tom Hale"}, ""},
		{"dashed sign-off", page("", "", `<p>– Ines Vogt, Metro Reporter</p>`), []string{"Ines Vogt"}, ""},
		{"contact line", page("", "", `<p>Contact staff writer Ines Vogt at ivogt@example.org.</p>`), []string{"Ines Vogt"}, ""},
		// left alone
		{"the byline by the title first", page("", `<p class="byline">By Ruth Moss</p>`, `<p>(Reporting by Ines Vogt; Editing by Kate Lund)</p>`), []string{"Ruth Moss"}, "Reporting by Ines Vogt"},
		{"the metadata's author first", page(`<meta name="author" content="Ruth Moss">`, "", `<p>(Reporting by Ines Vogt; Editing by Kate Lund)</p>`), []string{"Ruth Moss"}, "Reporting by Ines Vogt"},
		{"two sign-offs", page("", "", `<p>(Reporting by Ines Vogt; Editing by Kate Lund)</p><p>(Reporting by Tom Hale; Editing by Kate Lund)</p>`), nil, ""},
		{"editors alone", page("", "", `<p>(Editing by Kate Lund)</p>`), nil, ""},
		{"a quotation's source", page("", "", `<p>— Mark Twain, Life on the Mississippi</p>`), nil, ""},
	} {
		a, err := extract.HTMLBytes([]byte(c.page), "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Authors, c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, a.Authors, c.want)
		}
		if c.removed != "" && !slices.ContainsFunc(a.Removed, func(r extract.Removed) bool { return strings.Contains(r.Text, c.removed) }) {
			t.Errorf("%s: %q not in removed", c.name, c.removed)
		}
	}
}
