package extract

import (
	"slices"
	"testing"
)

// TestDeskGivesWay checks that a desk's or a team's credit in the
// metadata's list of authors gives way to a person's name beside it, and
// stays where it is alone or beside no person.
func TestDeskGivesWay(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"Newsroom", "Dana Whitcomb"}, []string{"Dana Whitcomb"}},
		{[]string{"Dana Whitcomb", "Acme Team"}, []string{"Dana Whitcomb"}},
		{[]string{"Redacción", "Lucía Herrera", "Tomás Gil"}, []string{"Lucía Herrera", "Tomás Gil"}},
		{[]string{"Newsroom"}, []string{"Newsroom"}},
		{[]string{"Newsroom", "Acme Team"}, []string{"Newsroom", "Acme Team"}},
		{[]string{"Dana Whitcomb", "Tomás Gil"}, []string{"Dana Whitcomb", "Tomás Gil"}},
		{nil, nil},
	} {
		if got := deskGivesWay(c.in); !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}
