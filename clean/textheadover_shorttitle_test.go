package clean

import (
	"strings"
	"testing"
)

// TestShortHeadlineOverCasedStandfirst: a short headline keeps the title over
// the title-case standfirst under it, whether it has fewer than three words of
// four letters (so not headlineCased), is in sentence case, or ends in a
// section's word ("The Good News"). shortOverCasedHeadline (texthead75) gave
// the first three kinds' title to the standfirst (reviewer revE75), and
// labelOverHeadline's sectionName the last kind's (reviewer revF75).
func TestShortHeadlineOverCasedStandfirst(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{"The Daily Courier\nMeet the New Boss\nHow a Small Startup From Ohio Became the Most Valuable Company in Town", "Meet the New Boss"},
		{"The Big Fix\nWhy the City's Water Pipes Keep Bursting Every Winter, and What It Will Cost", "The Big Fix"},
		{"Pier vote passes narrowly\nResidents Approve a Bond That Will Pay for a New Pier After Years of Debate", "Pier vote passes narrowly"},
		{"Wirtschaft\nStreit um Hafen eskaliert\nNach dem Sturm: Die Bilanz der Feuerwehr für Hamburg und Umgebung", "Streit um Hafen eskaliert"},
		{"The Daily Courier\nThe Good News\nHow a Small Startup From Ohio Became the Most Valuable Company in Town", "The Good News"},
		{"The Daily Courier\nBack to Business\nWhy the City's Water Pipes Keep Bursting Every Winter, and What It Will Cost", "Back to Business"},
		{"Der Kurier\nKeine guten Nachrichten\nNach dem Sturm: Die Bilanz der Feuerwehr für Hamburg und Umgebung", "Keine guten Nachrichten"},
	} {
		res, err := String(strings.Replace(casedHeadlineStory, "HEAD", c.head, 1), nil)
		if err != nil {
			t.Fatal(err)
		}
		got := titleBlock(res)
		if got != c.want {
			t.Errorf("%q: title %q, want %q", c.head, got, c.want)
		}
	}
}
