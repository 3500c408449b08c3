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

// TestPublishedYearFirstTextTraditionalScript: a Hong Kong page in the
// traditional script that does not print "香港" (a local story; "港鐵" is
// the MTR) is not read year first, as a page tagged zh-Hant alone is not:
// Hong Kong and Macau write a numeric date day first.
func TestPublishedYearFirstTextTraditionalScript(t *testing.T) {
	yearFirstTextDayFirst(t, "zh-Hant, Hong Kong not named", "沙田單車徑明日重開\n記者 陳大文\n04.03.25 10:05\n"+
		"沙田城門河畔的單車徑經過半年維修後明日重新開放，新增休憩設施和照明，方便市民晚間踏單車。\n"+
		"有關部門表示，單車徑沿線會設置更多指示牌，並在週末安排特別交通措施，九龍和新界的居民亦可乘港鐵前往。\n")
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
