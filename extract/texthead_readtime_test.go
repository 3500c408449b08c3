package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/extract"
)

// On flattened text, a meta strip with a reading time between its parts
// ("Jane Doe · 4 min read · Mar 14, 2024", Medium's and its imitators')
// is never the headline: under the headline or over it, it gives the
// author and the date. A strip that opens with a section, not a person,
// or with a byline's label whose name the page left out ("Written By Feb
// 11, 2019"), gives no author.
func TestTextReadTimeStrip(t *testing.T) {
	story := shedFirst + shedSecond + shedThird
	title := strings.TrimSpace(shedTitle)
	for _, c := range []struct {
		name, page string
		authors    []string
		published  string
	}{
		{"under", shedMenu + shedTitle + "Jane Doe · 4 min read · Mar 14, 2024\nFollow\n" + story, []string{"Jane Doe"}, "2024-03-14"},
		{"over", shedMenu + "Jane Doe · 4 min read · Mar 14, 2024\n" + shedTitle + story, []string{"Jane Doe"}, "2024-03-14"},
		{"bars", shedMenu + shedTitle + "Jane Doe | 12 min read | March 14, 2024\n" + story, []string{"Jane Doe"}, "2024-03-14"},
		{"no space", shedMenu + shedTitle + "Jane Doe·4 min read·Mar 14, 2024\n" + story, []string{"Jane Doe"}, "2024-03-14"},
		{"a byline's label with no name", shedMenu + shedTitle + "Written By Feb 11, 2019 · 3 min read\n" + story, nil, "2019-02-11"},
		{"section", shedMenu + shedTitle + "Garden Guides · 4 min read · Mar 14, 2024\n" + story, nil, "2024-03-14"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.String(c.page, nil)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != title || !slices.Equal(a.Authors, c.authors) || !strings.HasPrefix(a.Published, c.published) {
				t.Errorf("title %q, authors %q, published %q; want %q, %q, %q", a.Title, a.Authors, a.Published, title, c.authors, c.published)
			}
		})
	}
}

// A headline that only speaks of a reading time, with no strip's separator
// after it, stays the headline.
func TestTextReadTimeHeadline(t *testing.T) {
	story := shedFirst + shedSecond + shedThird
	for _, title := range []string{"The 5 min read that changed how I plan sheds", "Garden sheds: a quick read for beginners"} {
		a, err := extract.String(shedMenu+title+"\nMarch 14, 2024\n"+story, nil)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != title {
			t.Errorf("title %q, want %q", a.Title, title)
		}
	}
}
