package clean

import (
	"slices"
	"testing"
)

// splitAuthors reads the names of a byline: a wire after a comma is a
// source and a hashtag a series, neither an author.
func TestSplitAuthors(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Jane Doe, Reuters", []string{"Jane Doe"}},
		{"Lilit Hakobyan, #CivilNetCheck", []string{"Lilit Hakobyan"}},
		{"Jane Doe, Anna Smith", []string{"Jane Doe", "Anna Smith"}},
		{"Author: Jane Doe", []string{"Jane Doe"}},
		{"Author` Lilit Harutyunyan", []string{"Lilit Harutyunyan"}},
	} {
		if got := splitAuthors(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
