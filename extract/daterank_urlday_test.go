package extract_test

import (
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text, a date line more than two days from the full day the
// URL names is another entry's (a change log's, a related card's), and the
// URL's day is the page's; a line within two days of it, or under a URL
// that names no day, keeps its date.
func TestTextURLDayOverFarLine(t *testing.T) {
	story := shedFirst + shedSecond + shedThird
	for _, c := range []struct {
		name, url, line, published string
	}{
		{"a change log's date a year after the URL's day", "https://blog.example.org/2021/01/18/choosing-a-shed/", "2022-04-12 Link to a longer guide", "2021-01-18"},
		{"a line a month before the URL's day", "https://blog.example.org/2021/01/18/choosing-a-shed/", "December 12, 2020", "2021-01-18"},
		{"leave alone: the line a day after the URL's day", "https://blog.example.org/2021/01/18/choosing-a-shed/", "January 19, 2021", "2021-01-19"},
		{"leave alone: the line on the URL's day", "https://blog.example.org/2021/01/18/choosing-a-shed/", "January 18, 2021", "2021-01-18"},
		{"leave alone: the URL names a month, not a day", "https://blog.example.org/2021/01/choosing-a-shed/", "March 3, 2022", "2022-03-03"},
		{"leave alone: no date in the URL", "https://blog.example.org/guides/choosing-a-shed/", "March 3, 2022", "2022-03-03"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(shedMenu+shedTitle+c.line+"\n"+story, &extract.Options{URL: c.url})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published[:min(10, len(a.Published))] != c.published {
				t.Errorf("published %q from %q; want %q", a.Published, a.PublishedFrom, c.published)
			}
		})
	}
}
