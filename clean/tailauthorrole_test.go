package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestRoleCardAuthor checks the author's card that prints the writer's
// name over a writer's trade alone ("Maria Wrenley" over "Staff Writer"),
// on flattened text whose head names nobody, and the lines it must leave
// alone: a product's or a menu's name over a product that ends in a
// trade's word, a photographer's card, two people's cards, a name under
// a reviewer's label.
func TestRoleCardAuthor(t *testing.T) {
	bare := strings.Replace(shedPage, "Written by\nTomas Wrenley\n", "", 1)
	for _, c := range []struct {
		name, foot string
		want       []string
	}{
		{"author", "Maria Wrenley\nAuthor\n@mwrenley • Mar 3, 2025\n", []string{"Maria Wrenley"}},
		{"staff writer", "Share this guide\nMaria Wrenley\nStaff Writer\nMaria has built sheds for twenty years.\n", []string{"Maria Wrenley"}},
		{"the same card twice", "Maria Wrenley\nTech Writer\nMore guides\nMaria Wrenley\nTech Writer\n", []string{"Maria Wrenley"}},
		{"a product's name over a product", "Features\nCustom Status\nAI Writer\nPixel Editor\n", nil},
		{"a photographer", "Maria Wrenley\nPhotographer\n", nil},
		{"two people's cards", "Maria Wrenley\nStaff Writer\nJon Alder\nSenior Editor\n", nil},
		{"under a reviewer's label", "Fact checked by\nMaria Wrenley\nSenior Editor\n", nil},
		{"over a link to the author's page", "Share this guide\nMaria Wrenley\nAuthor’s Profile\nLatest Guides\n", []string{"Maria Wrenley"}},
		{"over a view author page link", "Maria Wrenley\nView Author Page ›\n", []string{"Maria Wrenley"}},
		{"a forum poster over view profile", "Maria Wrenley\nView Profile\nView Forum Posts\n", nil},
		{"two people over author's profile", "Maria Wrenley\nAuthor's Profile\nJon Alder\nAuthor's Profile\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := headAuthors(t, bare+c.foot); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}

// TestWriterRole checks the trades a card's role line may give.
func TestWriterRole(t *testing.T) {
	for s, want := range map[string]bool{
		"Author": true, "Writer": true, "Staff Writer": true, "Senior Tech Editor": true, "Contributing Editor": true,
		"Writer, Hardware": true, "AI Writer": false, "Pixel Editor": false, "Active Blogger": false, "Photographer": false, "Writer at Large in the City": false, "": false,
	} {
		if got := writerRole(s); got != want {
			t.Errorf("writerRole(%q) = %v, want %v", s, got, want)
		}
	}
}
