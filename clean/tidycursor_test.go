package clean

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// orig maps offset t of the tidied text to the page by a search of each
// step's edits: the reference the cursor untidy uses is held to.
func (e tidyEdits) orig(t int, start bool) int {
	return origAt(e.blanks, origAt(e.nfc, t, start), start)
}

// origAt maps offset t of a text edits made to the text they were made on,
// by a binary search: a block's first byte (start) or the end of its last
// byte (!start, where an edit that begins right there is not the block's).
func origAt(edits []tidyEdit, t int, start bool) int {
	// the last edit whose tidied bytes begin before t, or at t for a start
	n := sort.Search(len(edits), func(k int) bool { return edits[k].at > t || !start && edits[k].at == t })
	return origFrom(edits, n, t)
}

// TestEditsCursorAgrees: the cursor untidy maps offsets with gives what
// tidyEdits.orig gives, for offsets that grow, stay or go back, on the
// edits of texts with odd spaces, invisible characters and decomposed
// letters in them.
func TestEditsCursorAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	pieces := []string{"word", " ", "  ", "\u00a0", "\u200b", "\u00ad", "\n", "e\u0301", "\u2009 ", "x"}
	for range 300 {
		var b []byte
		for range rng.IntN(40) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		src := string(b)
		tidied, edits := tidySpace(src)
		for _, start := range []bool{true, false} {
			c := edits.cursor(start)
			for range 60 {
				at := rng.IntN(len(tidied) + 1)
				if got, want := c.orig(at), edits.orig(at, start); got != want {
					t.Fatalf("src %q start %v: orig(%d) = %d by the cursor, %d by search", src, start, at, got, want)
				}
				if rng.IntN(3) > 0 { // mostly growing, as untidy's offsets do
					at2 := at + rng.IntN(len(tidied)-at+1)
					if got, want := c.orig(at2), edits.orig(at2, start); got != want {
						t.Fatalf("src %q start %v: orig(%d) = %d by the cursor, %d by search", src, start, at2, got, want)
					}
				}
			}
		}
	}
}
