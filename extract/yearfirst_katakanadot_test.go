package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// TestPublishedYearFirstKatakanaDotLatin shows hangulOrKana counting the katakana middle dot
// "・" (U+30FB, a separator Western pages use too) as kana, so an untagged Latin page's
// day-first "04.03.25" is swapped to 25 March 2004.
func TestPublishedYearFirstKatakanaDotLatin(t *testing.T) {
	top := `<p class="date">Published 04.03.25 10:05 ・ Newsroom</p>`
	a, err := extract.HTMLBytes(censusPage("", "", top, ""), "text/html; charset=utf-8", &extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published[:min(len(a.Published), 10)]; got != "2025-03-04" {
		t.Errorf("published %q (from %q), want 2025-03-04", a.Published, a.PublishedFrom)
	}
}
