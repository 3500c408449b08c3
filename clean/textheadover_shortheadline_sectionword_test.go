package clean

import (
	"strings"
	"testing"
)

// TestLabelOverHeadlineShortHeadlineEndingInSectionWord shows labelOverHeadline's sectionName reading a short
// headline that ends in "news"/"business"/"sport" as a section's name, so the title-case
// standfirst under it takes the title.
func TestLabelOverHeadlineShortHeadlineEndingInSectionWord(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{"The Daily Courier\nThe Good News\nHow a Small Startup From Ohio Became the Most Valuable Company in Town", "The Good News"},
		{"The Daily Courier\nBack to Business\nWhy the City's Water Pipes Keep Bursting Every Winter, and What It Will Cost", "Back to Business"},
		{"Der Kurier\nKeine guten Nachrichten\nNach dem Sturm: Die Bilanz der Feuerwehr für Hamburg und Umgebung", "Keine guten Nachrichten"},
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
