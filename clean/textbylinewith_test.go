package clean

import (
	"slices"
	"testing"
)

// TestBylineNamesWithAndParticles checks that a byline's second writer
// after "with" is read, and a wire or a clause after it is not; and that
// the particles "al-", "de los" and a capital "La" after "de" stay in the
// name.
func TestBylineNamesWithAndParticles(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"By Laura Finch with Owen Tate", []string{"Laura Finch", "Owen Tate"}},
		{"By Laura Finch with Owen Tate | March 4, 2025", []string{"Laura Finch", "Owen Tate"}},
		{"By Laura Finch with The Associated Press", []string{"Laura Finch"}},
		{"By Laura Finch with additional reporting", []string{"Laura Finch"}},
		{"By Ahmed al-Rashid", []string{"Ahmed al-Rashid"}},
		{"Por María de los Ángeles Ruiz", []string{"María de los Ángeles Ruiz"}},
	} {
		if got := bylineNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for s, want := range map[string]bool{
		"Anne de La Tour":           true,
		"María de los Ángeles Ruiz": true,
		"Pieter van der Berg":       true,
		"Ahmed al-Rashid":           false, // two words: personShaped's
		"de la Cruz María Elena":    false,
		"Anne de la tour":           false,
		"The Day of the Jackal":     false,
	} {
		if got := particleName(s); got != want {
			t.Errorf("particleName(%q) = %v, want %v", s, got, want)
		}
	}
	if !isPersonName("Ahmed al-Rashid") || isPersonName("al-Rashid Ahmed") {
		t.Errorf("isPersonName reads the glued article wrong")
	}
}
