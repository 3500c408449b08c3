package clean

import (
	"slices"
	"testing"
)

// TestHeadBylinesCredentials: names each followed by degrees' letters,
// printed without "By" under the title, are the byline; bare names, a
// name beside words that are no degree, and such a line far below the
// title are not.
func TestHeadBylinesCredentials(t *testing.T) {
	for _, c := range []struct {
		name string
		kt   []string
		want []string
	}{
		{"names with credentials, a speciality in brackets",
			[]string{"title", "Kitten training basics", "other", "Ana Lind, DVM, DACVB; Tom Berg, BA, LVT, VTS (Behavior) & Eva Holm, DVM", "body", "Kittens learn fast."},
			[]string{"Ana Lind", "Tom Berg", "Eva Holm"}},
		{"one name and a degree in mixed case",
			[]string{"title", "Kitten training basics", "other", "Ana Lind, PhD", "body", "Kittens learn fast."},
			[]string{"Ana Lind"}},
		{"leave alone: names without letters",
			[]string{"title", "Kitten training basics", "other", "Ana Lind; Tom Berg", "body", "Kittens learn fast."},
			nil},
		{"leave alone: a place after the name",
			[]string{"title", "Kitten training basics", "other", "Ana Lind, Oslo", "body", "Kittens learn fast."},
			nil},
		{"leave alone: three blocks below the title",
			[]string{"title", "Kitten training basics", "other", "Care guide", "other", "Pets", "other", "Ana Lind, DVM", "body", "Kittens learn fast."},
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks, doc := blocksOn(c.kt...)
			if got := headBylines(blocks, doc, "Harbour Post", "harbourpost.example"); !slices.Equal(got, c.want) {
				t.Errorf("authors %q, want %q", got, c.want)
			}
		})
	}
}
