package clean

import (
	"slices"
	"testing"
)

// TestHeadHandle checks a byline that signs with a user's handle in lower
// case by the date line ("by ibby"), and the lines it must leave alone: a
// word the page also writes in its text ("by hand"), an account that
// names nobody, the site's own account, a handle with no date by it.
func TestHeadHandle(t *testing.T) {
	for _, c := range []struct {
		name string
		kt   []string
		want []string
	}{
		{"a handle under the date line",
			[]string{"title", "Harbour works begin", "other", "December 19, 2025", "other", "by lundgren_a", "body", "The works began."},
			[]string{"lundgren_a"}},
		{"leave alone: a word the page writes",
			[]string{"title", "Harbour works begin", "other", "December 19, 2025", "other", "by hand", "body", "The stones were laid by hand."},
			nil},
		{"leave alone: an admin account",
			[]string{"title", "Harbour works begin", "other", "December 19, 2025", "other", "by admin", "body", "The works began."},
			nil},
		{"leave alone: the site's own account",
			[]string{"title", "Harbour works begin", "other", "December 19, 2025", "other", "by harbourpost", "body", "The works began."},
			nil},
		{"leave alone: no date by it",
			[]string{"title", "Harbour works begin", "other", "by lundgren_a", "body", "The works began."},
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
