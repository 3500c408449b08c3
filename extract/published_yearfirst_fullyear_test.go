package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// A date read from a four-digit year ("입력 2025.03.04") is not swapped year first because another byline block prints the same numbers short ("04.03.25"): the swap is for a date read from a short form (revB75 point 6).
func TestPublishedYearFirstLeavesFourDigitYear(t *testing.T) {
	top := `<p class="date">입력 2025.03.04 10:05</p><div class="byline">김민지 기자 · 사진 04.03.25</div>`
	a, err := extract.HTMLBytes(censusPage("ko", "", top, ""), "text/html; charset=utf-8", &extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published[:min(len(a.Published), 10)]; got != "2025-03-04" {
		t.Errorf("published %q (from %q), want 2025-03-04", a.Published, a.PublishedFrom)
	}
}
