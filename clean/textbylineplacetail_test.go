package clean

import (
	"slices"
	"testing"
)

// TestBylinePlaceAfterComma checks that a place of several words after a
// byline's comma, and one whose lower-case particle cut the names' match
// short, is where the writer files from, no second writer, while a second
// person's name and a place no table holds stay names.
func TestBylinePlaceAfterComma(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"By Ana Souza, New York", []string{"Ana Souza"}},
		{"Por Ana Souza, São Paulo", []string{"Ana Souza"}},
		{"By Ana Souza, Rio de Janeiro", []string{"Ana Souza"}},
		{"By Ana Souza, Ho Chi Minh City", []string{"Ana Souza"}},
		{"By Ana Souza, London", []string{"Ana Souza"}},
		{"By Ana Souza, Tom Reyes", []string{"Ana Souza", "Tom Reyes"}},
		{"By Ana Souza and Tom Reyes, New York", []string{"Ana Souza", "Tom Reyes"}},
	} {
		if got := bylineNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Por Ana Souza, g1 SP", true}, {"Von Jonas Weber, dpa", true}, {"By Ana Souza", true},
		{"Council votes to extend the night bus network", false}, {"Por qué el consejo votó", false},
	} {
		if got := namesByline(c.in); got != c.want {
			t.Errorf("namesByline(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
