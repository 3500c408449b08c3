package clean

import (
	"slices"
	"strings"
	"testing"
)

// underPage is an invented flattened page: a headline, the line under
// test in LINE's place, and a story of two paragraphs.
const underPage = "Ferry crews vote to strike over night rotas\nLINE\n\n" +
	"Crews on the island ferries voted on Friday to strike for two days next month, saying the new night rotas leave them too few hours of rest between crossings.\n\n" +
	"The operator said it would keep talking to the union and that a reduced timetable would run if the strike went ahead, with the first and last sailings kept.\n"

// TestCreditUnder checks the credits read alone under a flattened
// headline with no date line beside them (a name with a job's title after
// a comma or a bar, a desk, a staff credit of two words) and the lines left alone
// there: a bare name, a role alone, a name and a place, "Staff" alone,
// and a desk over a writer's byline, which gives way to it; a paper's
// desk over the date line; and a "Report:" credit strip, whose reporter a
// headline in its place is not.
func TestCreditUnder(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Maren Holt, Senior Reporter", []string{"Maren Holt"}},
		{"Maren Holt, Transport correspondent", []string{"Maren Holt"}},
		{"Maren Holt | Staff Writer", []string{"Maren Holt"}},
		{"Ferry Crews | Staff Writer", nil}, // "crews": a word the page writes in lower case
		{"Redacción", []string{"Redacción"}},
		{"Redazione Cronaca", []string{"Redazione Cronaca"}},
		{"Staff Reporter", []string{"Staff Reporter"}},
		{"Maren Holt", nil},
		{"Senior Reporter", nil},
		{"Staff Writer", nil},
		{"Staff", nil},
		{"Maren Holt, Lisbon", nil},
		{"Redacción\nPor Inés Calvo", []string{"Inés Calvo"}},
		{"Herald Sport\n19 November 2019", []string{"Herald Sport"}}, // a paper's desk over the date line
		{"Report: Harbour Delays Launch; Edit: Jane Roe", nil},       // a headline, no reporter's name
		{"Report: Maren Holt; Edit: Jane Roe", []string{"Maren Holt"}},
	} {
		page := strings.Replace(underPage, "LINE", c.line, 1)
		if got := headAuthors(t, page); !slices.Equal(got, c.want) {
			t.Errorf("%q under the headline: authors %q, want %q", c.line, got, c.want)
		}
	}
}

// TestNameplateDesk checks a paper's desk named by its nameplate word and
// a section's, and lines of other shapes.
func TestNameplateDesk(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Telegraph Sport", true},
		{"Gazette Business", true},
		{"HERALD Travel", true},
		{"Telegraph sport", false},
		{"Telegraph", false},
		{"Telegraph Sport Desk Team", false},
		{"Maren Holt", false},
		{"Valley Gazette", false},
	} {
		if got := nameplateDesk(c.in); got != c.want {
			t.Errorf("nameplateDesk(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestNameplateWordsNoNames checks that every nameplate word is among
// the words no name has, so that a desk named by one is never read as a
// person's name first.
func TestNameplateWordsNoNames(t *testing.T) {
	for w := range nameplateWords {
		if !notNameWords[w] {
			t.Errorf("nameplate word %q is not in words/names/notname.txt", w)
		}
	}
}
