package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// Hong Kong, Macau and Singapore print a short numeric date day first: "04/03/25 10:05" on a zh-HK, zh-Hant-HK, zh-SG or zh-MO page is 4 March 2025, not read year first as 2004-03-25 (revB75 point 5).
func TestPublishedYearFirstLeavesDayFirstRegions(t *testing.T) {
	for _, lang := range []string{"zh-HK", "zh-Hant-HK", "zh-SG", "zh-MO"} {
		top := `<p class="date">發布時間：04/03/25 10:05</p>`
		a, err := extract.HTMLBytes(censusPage(lang, "", top, ""), "text/html; charset=utf-8", &extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published[:min(len(a.Published), 10)]; got != "2025-03-04" {
			t.Errorf("%s: published %q (from %q), want 2025-03-04", lang, a.Published, a.PublishedFrom)
		}
	}
}
