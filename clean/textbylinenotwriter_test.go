package clean

import (
	"slices"
	"testing"
)

// TestBylineNamesNotWriter checks that a flattened line crediting only an
// editor, a photographer or whoever updated the piece gives no author, as
// the HTML path's bylineMatch reads it, while the writer's name before or
// after such a credit is kept; and that English's newsroom after "By" is
// the desk's credit, a desk that gives way to a person; and that a
// shop's seller line is no byline.
func TestBylineNamesNotWriter(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Edited by Marta Quill", nil},
		{"Edited By: Marta Quill", nil},
		{"Photographed by Idris Fenn", nil},
		{"Updated by Marta Quill", nil},
		{"Written by Orla Brandt; Edited by Marta Quill", []string{"Orla Brandt"}},
		{"By Orla Brandt, edited by Marta Quill", []string{"Orla Brandt"}},
		{"Reviewed by Marta Quill", []string{"Marta Quill"}}, // a reviewer alone is the one credited
		{"By Orla Brandt", []string{"Orla Brandt"}},
		{"By Newsroom", []string{"Newsroom"}},
		{"By Newsdesk", []string{"Newsdesk"}},
		{"By Tuesday", nil},
		{"Sold by NORTHWIND TRADERS", nil}, // a shop's seller lines
		{"Shipped by Northwind Traders", nil},
		{"Par La Gazette avec AFP", nil}, // the paper's own name and the agency
		{"By The Harbor Herald", nil},
		{"By Ana Herald", []string{"Ana Herald"}},                         // no article: read as before
		{"By The Harbor Herald reporters", []string{"The Harbor Herald"}}, // its staff, as before
	} {
		if got := bylineNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Newsroom", true}, {"newsdesk", true}, {"Redacción", true}, {"Acme Team", true},
		{"Orla Brandt", false}, {"Newsroom Brandt", false}, {"News", false},
	} {
		if got := isTeamByline(c.in); got != c.want {
			t.Errorf("isTeamByline(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	if notAuthorName("Newsroom") || !notAuthorName("Newsroom Editor") {
		t.Error(`notAuthorName: "Newsroom" is the desk's credit, "Newsroom Editor" a role alone`)
	}
}
