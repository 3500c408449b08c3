package clean

import (
	"strings"
	"testing"
)

// TestShortOverCasedHeadlineShortTitleCase shows shortOverCasedHeadline takes a title-case
// standfirst for the title when the real headline over it is short (fewer than three words of
// four letters, so not headlineCased) or in sentence case: all right before texthead75.
func TestShortOverCasedHeadlineShortTitleCase(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{"The Daily Courier\nMeet the New Boss\nHow a Small Startup From Ohio Became the Most Valuable Company in Town", "Meet the New Boss"},
		{"The Big Fix\nWhy the City's Water Pipes Keep Bursting Every Winter, and What It Will Cost", "The Big Fix"},
		{"Pier vote passes narrowly\nResidents Approve a Bond That Will Pay for a New Pier After Years of Debate", "Pier vote passes narrowly"},
		{"Wirtschaft\nStreit um Hafen eskaliert\nNach dem Sturm: Die Bilanz der Feuerwehr für Hamburg und Umgebung", "Streit um Hafen eskaliert"},
	} {
		res, err := String(strings.Replace(casedHeadlineStory, "HEAD", c.head, 1), nil)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, b := range res.Blocks {
			if b.Kind == Title {
				got = b.Text
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: title %q, want %q", c.head, got, c.want)
		}
	}
}
