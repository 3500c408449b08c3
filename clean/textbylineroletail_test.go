package clean

import (
	"slices"
	"testing"
)

// TestRoleTailCut checks that a role's department or employer after a
// byline's name and role is no second name, that a second writer after
// the role ("and" opening the part) stays, and that names without a role
// are left whole.
func TestRoleTailCut(t *testing.T) {
	for _, c := range [][2]string{
		{"Jane Doe, Senior Director, Content & Marketing, Acme Institute", "Jane Doe, Senior Director"},
		{"Jane Doe, Staff Writer, and John Roe", "Jane Doe, Staff Writer, and John Roe"},
		{"Jane Doe, John Roe, Ann Poe", "Jane Doe, John Roe, Ann Poe"},
		{"Senior Writer, Jane Doe", "Senior Writer, Jane Doe"}, // a role first: no name before it
		{"", ""},
	} {
		if got := roleTailCut(c[0]); got != c[1] {
			t.Errorf("roleTailCut(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestBylineNamesDepartmentAndPaper checks the central byline reader and
// the settle stage's on a department after a role ("Content & Marketing")
// and a paper after the name ("The Daily Post"): neither is a person.
func TestBylineNamesDepartmentAndPaper(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"By Jane Doe, Senior Director, Content & Marketing, Acme Institute", []string{"Jane Doe"}},
		{"By Jane Doe, Senior Writer, Content & Marketing", []string{"Jane Doe"}},
		{"By Jane Doe, The Daily Post", []string{"Jane Doe"}},
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
	} {
		if got := bylineNames(c.line); !slices.Equal(got, c.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", c.line, got, c.want)
		}
		if got := splitAuthors(c.line); !slices.Equal(got, c.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestGluedSentenceCaseRole checks that a name glued to a title in
// sentence case ("Transport reporter") gives the name alone as a head's
// name with a role, and that a role alone gives none.
func TestGluedSentenceCaseRole(t *testing.T) {
	for _, c := range [][2]string{
		{"Keelan Osei Transport reporter", "Keelan Osei"},
		{"Keelan Osei Senior political reporter", "Keelan Osei"},
		{"Senior political reporter", ""},
		{"Keelan Osei", "Keelan Osei"},
	} {
		if got := nameWithRole(c[0]); got != c[1] {
			t.Errorf("nameWithRole(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
