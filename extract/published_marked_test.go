package extract_test

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text, the line the date detector takes for a date line
// gives the publish date when it stands too far from the headline for the
// head's sources to read it, and every such line names one day.
func TestTextDateMarked(t *testing.T) {
	story := shedMenu + shedTitle + shedFirst + shedSecond + shedThird
	var far strings.Builder
	for i := range 45 {
		far.WriteString("Garden guide " + string(rune('A'+i%26)) + "\n")
	}
	for _, c := range []struct {
		name, src, published, from string
	}{
		{"one date line far below", story + far.String() + "February 10, 2025\n", "2025-02-10", "date-line"},
		{"leave alone: two date lines on other days", story + far.String() + "February 10, 2025\nMore guides\nMarch 2, 2024\n", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != c.published || a.PublishedFrom != c.from {
				t.Errorf("published %q from %q, want %q from %q", a.Published, a.PublishedFrom, c.published, c.from)
			}
		})
	}
}
