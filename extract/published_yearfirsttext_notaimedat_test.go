package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestPublishedYearFirstTextForeignPlaceNames: an English page about a
// Lithuanian or Hungarian town, its name repeated (a few "ė" or "ő", one
// in 200 letters of a short page), is not read year first: its
// "04.03.25 10:05" is 4 March 2025. Marks in a name are not the
// language: Hungarian or Lithuanian prose also prints the language's
// common short words ("és", "az", "ir", "kad").
func TestPublishedYearFirstTextForeignPlaceNames(t *testing.T) {
	for _, c := range []struct{ name, head, body string }{
		{"en about Klaipėda", "Klaipėda port opens new ferry terminal\nAnn Lee",
			"The port of Klaipėda opened its new ferry terminal on Tuesday, the harbour authority said.\n" +
				"Ferries from Klaipėda will now dock closer to the old town, and Klaipėda officials expect more visitors this summer."},
		{"en about Győr", "Győr factory adds a second shift\nAnn Lee",
			"The car plant in Győr will add a second shift from next month, the company said on Tuesday.\n" +
				"About four hundred people will join the Győr workforce, and the town of Győr expects more trains to run at night."},
	} {
		yearFirstTextDayFirst(t, c.name, c.head+"\n04.03.25 10:05\n"+c.body+"\n")
	}
}

// yearFirstTextDayFirst checks that page's "04.03.25" is read day first.
func yearFirstTextDayFirst(t *testing.T, name, page string) {
	t.Helper()
	a, err := extract.Text([]byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published[:min(len(a.Published), 10)]; got != "2025-03-04" {
		t.Errorf("%s: published %q (from %q), want 2025-03-04 (day first)", name, a.Published, a.PublishedFrom)
	}
}
