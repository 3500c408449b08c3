package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// titleCensusRow is a row of the flattened-text title censuses: a name,
// the page, its title, and text the body must hold ("" when the row asks
// nothing of the body).
type titleCensusRow struct{ name, page, want, body string }

// runTitleCensus reads each row's page as flattened text and checks its
// title and body against the row, and that a second pass over the text
// output reads it the same; the rows named in known (the list called
// list) must read wrong, the others right.
func runTitleCensus(t *testing.T, list string, known map[string]bool, rows []titleCensusRow) {
	t.Helper()
	g := gapTable{list: list, known: known}
	for _, r := range rows {
		g.row(t, r.name, func(t *testing.T, ck checker) {
			a, err := extract.String(r.page, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != r.want {
				ck.Errorf("title %q, want %q", a.Title, r.want)
			}
			if r.body != "" && !strings.Contains(strings.Join(a.Body, "\n"), r.body) {
				ck.Errorf("body lacks %q: %q", r.body, a.Body)
			}
			// Read again, the output reads the same, known gap or not.
			if b, err := extract.String(a.PlainText(), nil); err == nil && b.PlainText() != a.PlainText() {
				t.Errorf("a second pass reads %q as %q", a.PlainText(), b.PlainText())
			}
		})
	}
	g.done(t, len(rows))
}
