package clean

import (
	"slices"
	"testing"
)

// TestPostedForename checks a blog's post footer under an HTML story that
// signs it with a forename alone and a date and clock time after it, and
// the footers of that shape that name no one.
func TestPostedForename(t *testing.T) {
	const harbour = "Harbour Post"
	for _, c := range []struct {
		name, site, url, foot string
		want                  []string
	}{
		{"the owner's forename on the owner's own address", "mariawrenley.net", "https://mariawrenley.net/2025/12/ferry.html",
			`<p>Posted by Maria at December 16, 2025 11:15 AM</p>`, []string{"Maria"}},
		{"leave alone: the firm's name its address spells", "Maria Ferries", "https://maria.com/news/ferry.html",
			`<p>Posted by Maria at December 16, 2025 11:15 AM</p>`, nil},
		{"a forename, the date and a clock time", harbour, "", `<p>Posted by Maria at December 16, 2025 11:15 AM</p>`, []string{"Maria"}},
		{"a forename and a date", harbour, "", `<footer><p>Posted by Maria on 2025-12-18 in Travel.</p></footer>`, []string{"Maria"}},
		{"leave alone: no date after the forename (a forum's reply)", harbour, "", `<p>Posted by Ana</p>`, nil},
		{"leave alone: a role, not a forename", harbour, "", `<p>Posted by Admin at December 16, 2025 11:15 AM</p>`, nil},
		{"leave alone: a word the page writes in lower case", harbour, "", `<p>Posted by Ferry at December 16, 2025 11:15 AM</p>`, nil},
		{"leave alone: a user name in lower case", harbour, "", `<p>Posted by maria at December 16, 2025 11:15 AM</p>`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := HTML([]byte(tailPage(c.site, c.foot, "")), "text/html; charset=utf-8", &Options{URL: c.url})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Meta.BylineAuthors; !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
