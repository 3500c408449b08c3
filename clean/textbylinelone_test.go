package clean

import (
	"slices"
	"strings"
	"testing"
)

// standfirst is a shedPage standfirst: one paragraph of prose under the
// headline, before the byline.
const standfirst = "A practical guide to quoting shed repairs, with the hours, materials and margins that small workshops use to stay profitable all year.\n"

// TestLoneNameByHeadMarks checks a person's name printed alone a few lines
// under the headline, past a standfirst (printed twice, as a page's
// teaser and header print it), by a date line, a reading time or a
// role, or under a byline's label that is not the commonest.
func TestLoneNameByHeadMarks(t *testing.T) {
	for name, head := range map[string]string{
		"over the date, past a standfirst printed twice": standfirst + standfirst + "Maria Wrenley\nMarch 3, 2025\n",
		"under a reading time":                           "Last updated on March 4, 2025\n•\n5 min read\nMaria Wrenley\n",
		"over a role":                                    standfirst + "Maria Wrenley\nFormer Workshop Consultant\n",
		"under a label with a colon":                     "Contributors:\nMaria Wrenley\n",
		"under a label of one or more authors":           standfirst + "Author(s)\nMaria Wrenley\n",
		"under an article's label":                       "Article by:\nMaria Wrenley\n",
		"a connective and a section after the name":      standfirst + "Maria Wrenley in Guides\n5 min read\n",
	} {
		t.Run(name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", head, 1)
			if got := headAuthors(t, page); !slices.Equal(got, []string{"Maria Wrenley"}) {
				t.Errorf("authors %q, want [Maria Wrenley]", got)
			}
		})
	}
}

// TestDatedName checks a name glued to its date line, before or after the
// date: the date line keeps its kind and gains the name. (A date line
// right under the headline is read by the date's byline form.)
func TestDatedName(t *testing.T) {
	for name, line := range map[string]string{
		"name, then date":           standfirst + "Maria Wrenley October 11, 2024",
		"name, a bullet, then date": standfirst + "Maria Wrenley•Oct 20, 2024",
		"date, a bullet, then name": "Oct 20, 2024 • Maria Wrenley in",
	} {
		t.Run(name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", line+"\n", 1)
			res, err := String(page, nil)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, b := range res.Blocks {
				if b.Kind == Byline || b.Kind == Date {
					names = append(names, b.Authors...)
				}
			}
			if !slices.Equal(names, []string{"Maria Wrenley"}) {
				t.Errorf("authors %q, want [Maria Wrenley]", names)
			}
		})
	}
}

// TestLoneNameLeftAlone leaves alone the lines under a headline that only
// look like a name: a heading of the story in title case with no mark of
// a byline by it, two names (a panel, not a byline), a heading in
// capitals, a wrapped line of a list.
func TestLoneNameLeftAlone(t *testing.T) {
	for name, head := range map[string]string{
		"a heading by no head mark": standfirst + "Dec 10\nCautionary Tale\n",
		"two names":                 standfirst + "Maria Wrenley\nSenior Editor\nTomas Berg\nFormer Workshop Consultant\n",
		"capitals":                  standfirst + "MARIA WRENLEY\n5 min read\n",
		"a list's line":             standfirst + "Maria Wrenley,\n5 min read\n",
		"a picture's label":         standfirst + "Primary Image\nMarch 3, 2025\n",
		"a video's label":           standfirst + "Screen Recording\n5 min read\n",
	} {
		t.Run(name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", head, 1)
			if got := headAuthors(t, page); len(got) != 0 {
				t.Errorf("authors %q, want none", got)
			}
		})
	}
}

// headAuthorsAt is headAuthors for a page at the address url, counting a
// date line's names too.
func headAuthorsAt(t *testing.T, src, url string) []string {
	t.Helper()
	res, err := String(src, &Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range res.Blocks {
		if b.Kind == Byline || b.Kind == Date {
			names = append(names, b.Authors...)
		}
	}
	return names
}

// TestSiteAndHandleBylines checks the bylines that sign a company's post
// with the company's own name or a handle: the site's name by the date
// line, or glued to it, where no rule knows the site; a handle after "by"
// on a date line.
func TestSiteAndHandleBylines(t *testing.T) {
	for name, c := range map[string]struct{ head, url, want string }{
		"the site's name over the date": {standfirst + "Shedwright Tools\nMarch 3, 2025\n", "https://www.shedwrighttools.example/blog/shed-repair", "Shedwright Tools"},
		"the site's name glued to it":   {"Shedwright- 2025/3/3\n", "https://www.shedwright.example/blog/shed-repair", "Shedwright"},
		"a handle, then the date":       {"by shedwright | Mar 3, 2025\n", "https://www.example.org/blog/shed-repair", "shedwright"},
		"the date, then a handle":       {"Posted on March 3, 2025 by shedwright\n", "https://www.example.org/blog/shed-repair", "shedwright"},
		"a handle, the date glued on":   {"By shedwrightMarch 3, 2025No Comments\n", "https://www.example.org/blog/shed-repair", "shedwright"},
	} {
		t.Run(name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", c.head, 1)
			if got := headAuthorsAt(t, page, c.url); !slices.Equal(got, []string{c.want}) {
				t.Errorf("authors %q, want [%s]", got, c.want)
			}
		})
	}
	for name, c := range map[string]struct{ head, url string }{
		"another site's name":           {standfirst + "Shedwright Tools\nMarch 3, 2025\n", "https://www.example.org/blog/shed-repair"},
		"no address":                    {standfirst + "Shedwright Tools\nMarch 3, 2025\n", ""},
		"an account, not a person":      {"by admin | Mar 3, 2025\n", "https://www.example.org/blog/shed-repair"},
		"an account, the date glued on": {"By adminMarch 3, 2025\n", "https://www.example.org/blog/shed-repair"},
	} {
		t.Run("leave alone: "+name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", c.head, 1)
			if got := headAuthorsAt(t, page, c.url); len(got) != 0 {
				t.Errorf("authors %q, want none", got)
			}
		})
	}
}

// TestUpdateLineAndForename checks two head bylines: names glued to an
// update line ("By Maria WrenleyUpdated: ..."), which keeps its kind and
// gains them, and a forename alone over the date line under the headline.
func TestUpdateLineAndForename(t *testing.T) {
	for name, c := range map[string]struct{ head, want string }{
		"names on an update line":     {standfirst + "By Maria WrenleyUpdated: Feb 5, 2026\n", "Maria Wrenley"},
		"a forename over a date line": {"Maria\nMarch 3, 2025\n", "Maria"},
	} {
		t.Run(name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", c.head, 1)
			res, err := String(page, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range res.Blocks {
				got = append(got, b.Authors...) // a byline's, a date line's or an update line's
			}
			if !slices.Equal(got, []string{c.want}) {
				t.Errorf("authors %q, want [%s]", got, c.want)
			}
		})
	}
}

// TestGluedBylines checks bylines a scraper glued to what stands next to
// them: the "In" before a blog's category, the date before "By".
func TestGluedBylines(t *testing.T) {
	for line, want := range map[string]string{
		"On May 2, 2025 By Maria WrenleyIn Garden Guides, Repairs": "Maria Wrenley",
		"27 September,2023By Maria Wrenley":                        "Maria Wrenley",
	} {
		if got := bylineNames(line); len(got) == 0 || got[0] != want {
			t.Errorf("bylineNames(%q) = %q, want %s first", line, got, want)
		}
	}
}

// TestLoneNamesMoreForms checks two names joined by "and" over a role in
// the plural, and a name glued by a scraper to the year of the date line
// that opens its line.
func TestLoneNamesMoreForms(t *testing.T) {
	for name, tc := range map[string]struct {
		head string
		want []string
	}{
		"two names over their role":     {standfirst + "Maria Wrenley and Tomas Berg\n| Guest Columnists\n", []string{"Maria Wrenley", "Tomas Berg"}},
		"a name glued to the date line": {"September 1, 2016September 8, 2016Maria Wrenley\n", []string{"Maria Wrenley"}},
	} {
		t.Run(name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", tc.head, 1)
			if got := headAuthorsAt(t, page, ""); !slices.Equal(got, tc.want) {
				t.Errorf("authors %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("leave alone: two things joined by and", func(t *testing.T) {
		page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", standfirst+"Sheds and Barns\n| Guest Columnists\n", 1)
		if got := headAuthorsAt(t, page, ""); len(got) != 0 {
			t.Errorf("authors %q, want none", got)
		}
	})
}
