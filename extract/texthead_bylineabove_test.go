package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text a byline printed above the headline gives the author,
// and the headline under it stays the title, with or without a date line
// under the headline; a name with a role after a comma over the headline
// ("Jane Doe, Staff Writer") is a byline, not a kicker, where a kicker
// with a comma ("Gardens, Sheds") names nobody.
func TestTextBylineAboveTitle(t *testing.T) {
	story := shedFirst + shedSecond + shedThird
	title := strings.TrimSpace(shedTitle)
	for _, c := range []struct {
		name, head string
		authors    []string
	}{
		{"with a date line", "By Jane Doe\n" + shedTitle + "March 14, 2024\n", []string{"Jane Doe"}},
		{"alone", "By Jane Doe\n" + shedTitle, []string{"Jane Doe"}},
		{"written by", "Written by Jane Doe and John Roe\n" + shedTitle + "March 14, 2024\n", []string{"Jane Doe", "John Roe"}},
		{"a name and a role", "Jane Doe, Staff Writer\n" + shedTitle, []string{"Jane Doe"}},
		{"leave alone: a kicker with a comma", "Gardens, Sheds\n" + shedTitle, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(shedMenu+c.head+story, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != title || !slices.Equal(a.Authors, c.authors) {
				t.Errorf("title %q, authors %q; want %q, %q", a.Title, a.Authors, title, c.authors)
			}
		})
	}
}
