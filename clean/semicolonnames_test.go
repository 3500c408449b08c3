package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestSemicolonNames checks the names a line parts by semicolons, each
// with its credentials (the form a medical or a scholarly page prints its
// authors in, where the commas cannot part the names), and the lines it
// must leave alone: one name, a job's title among the parts, a part that
// is no name, a line with a date.
func TestSemicolonNames(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Jane Roe, MD; John Poe, PhD", []string{"Jane Roe", "John Poe"}},
		{"Jane Roe; John Poe", []string{"Jane Roe", "John Poe"}},
		{"Mara Lindqvist, DVM, DACVB; Oskar Veldt, BA, LVT, VTS (Behavior); Ines Moravec, DVM & Teo Brandt, DVM, DACVB",
			[]string{"Mara Lindqvist", "Oskar Veldt", "Ines Moravec", "Teo Brandt"}},
		{"Jane Roe; John Poe and Ann Lee, RN", []string{"Jane Roe", "John Poe", "Ann Lee"}},
		{"Jane Roe, PharmD; John Poe", []string{"Jane Roe", "John Poe"}},
		// left alone
		{"Jane Roe, MD", nil},
		{"Jane Roe; Senior Editor", nil},
		{"Jane Roe, MD; updated weekly", nil},
		{"Jane Roe, MD; March 3, 2025", nil},
		{"Jane Roe, MD, Chief of Surgery; John Poe, PhD", nil},
		{"Oskar Veldt, VTS (Behavior, Training); Jane Roe", nil},
		{"Jane Roe, Chief Editor; John Poe", nil},
	} {
		if got := semicolonNames(c.line); !slices.Equal(got, c.want) {
			t.Errorf("semicolonNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestSemicolonBylineText checks that flattened text's byline listing its
// authors with their credentials, parted by semicolons, gives every
// author, not the first alone or none: under the headline or over the
// date line (textHeadBylines), past a standfirst over a reading time
// (textLoneName); and that a line with a part that is no name is no
// list (its first name is read as before, the rest left out).
func TestSemicolonBylineText(t *testing.T) {
	const four = "Mara Lindqvist, DVM, DACVB; Oskar Veldt, BA, LVT, VTS (Behavior); Ines Moravec, DVM, DACVB & Teo Brandt, DVM, DACVB"
	for _, c := range []struct {
		name, head string
		want       []string
	}{
		{"under the headline", four + "\n", []string{"Mara Lindqvist", "Oskar Veldt", "Ines Moravec", "Teo Brandt"}},
		{"over the date line", four + "\nMarch 3, 2025\n", []string{"Mara Lindqvist", "Oskar Veldt", "Ines Moravec", "Teo Brandt"}},
		{"two, over the date line", "Mara Lindqvist, DVM; Oskar Veldt, PhD\nMarch 3, 2025\n", []string{"Mara Lindqvist", "Oskar Veldt"}},
		{"past a standfirst, over a reading time", standfirst + four + "\n5 min read\n", []string{"Mara Lindqvist", "Oskar Veldt", "Ines Moravec", "Teo Brandt"}},
		// a part that is no name: no list; the name and what follows it, as before
		{"a part that is no name", "Mara Lindqvist, DVM; Shed Repair Guides\nMarch 3, 2025\n", []string{"Mara Lindqvist"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(shedPage, "Written by\nTomas Wrenley\nMarch 3, 2025\n", c.head, 1)
			if got := headAuthors(t, page); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
