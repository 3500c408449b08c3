package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestBylineFullNameAbove checks a byline under the headline that gives a
// forename alone ("Articles by Maria", a link to the writer's posts)
// under the writer's full name, and a column's title as a byline ("By Ask
// the Gardener"), and the lines they must leave alone.
func TestBylineFullNameAbove(t *testing.T) {
	for _, c := range []struct {
		name, head string
		want       []string
	}{
		{"the full name two lines up", "Maria Wrenley\nTech Writer\nArticles by Maria\n", []string{"Maria Wrenley"}},
		{"a column's title", "By Ask the Gardener\n", []string{"Ask the Gardener"}},
		{"a full name stays", "By Maria Wrenley\n", []string{"Maria Wrenley"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\n", c.head, 1)
			if got := headAuthors(t, page); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}

// TestFullNameAboveOthers checks the names fullNameAbove leaves as they
// are: another person's full name above, a name above the headline, two
// names.
func TestFullNameAboveOthers(t *testing.T) {
	p := &Page{blocks: []Block{{Text: "Maria Wrenley"}, {Text: "Headline"}, {Text: "Jon Alder"}, {Text: "Tech Writer"}, {Text: "Articles by Maria"}}}
	for _, c := range []struct {
		names []string
		t     int
		want  []string
	}{
		{[]string{"Maria"}, 1, []string{"Maria"}},           // Jon Alder above: another person
		{[]string{"Jon"}, 1, []string{"Jon Alder"}},         // his forename: his name
		{[]string{"Jon"}, 2, []string{"Jon"}},               // the name is the headline's line or above it
		{[]string{"Jon", "Ann"}, 1, []string{"Jon", "Ann"}}, // two people
	} {
		if got := p.fullNameAbove(c.names, 4, c.t); !slices.Equal(got, c.want) {
			t.Errorf("fullNameAbove(%q, 4, %d) = %q, want %q", c.names, c.t, got, c.want)
		}
	}
}
