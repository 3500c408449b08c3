package extract_test

import "testing"

// TestDateHyphenedMonthFirst checks the date line exporters' site builders
// print under a post's headline, the month's name first and day and year
// after hyphens ("Post time: Mar-27-2024"), alone or labelled; a related
// card's date so printed is not the page's.
func TestDateHyphenedMonthFirst(t *testing.T) {
	for _, c := range []censusCase{
		{name: "labelled", src: censusPage("en", ``, `<div class="post-time">Post time: Mar-27-2024</div>`, ``), published: "2024-03-27"},
		{name: "alone", src: censusPage("en", ``, `<p class="date">Sep-05-2023</p>`, ``), published: "2023-09-05"},
		{name: "leave alone: a related card's", src: censusPage("en", ``, ``, `<aside class="related"><h3>Related posts</h3><ul><li><a href="/b">Pier opens to ferries</a> <span class="date">Mar-27-2024</span></li><li><a href="/c">Fares to rise</a> <span class="date">Feb-02-2024</span></li></ul></aside>`), published: ""},
	} {
		t.Run(c.name, c.run)
	}
}
