package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFoldEdgesExact: over generated lines and every key of the two tables
// the gate serves, with blanks, colons, capitals, curly apostrophes and
// runes past ASCII at either edge, the gate never rejects a line that
// lookupKey finds, and it does reject lines.
func TestFoldEdgesExact(t *testing.T) {
	for _, tab := range []map[string]Kind{listHeaders, phrases} {
		edges := newFoldEdges(tab)
		var keys []string
		for k := range tab {
			keys = append(keys, k)
		}
		pads := []string{"", " ", "  ", "\t", ":", " :", ": ", "\u00a0", "\u2019", "É", "é", "x", "\u0085"}
		rng := rand.New(rand.NewPCG(32, uint64(len(keys))))
		found, rejected := 0, 0
		for n := range 40000 {
			k := keys[rng.IntN(len(keys))]
			if n%3 == 0 {
				k = strings.ToUpper(k)
			} else if n%3 == 1 {
				k = strings.ReplaceAll(k, " ", "  ")
			}
			s := pads[rng.IntN(len(pads))] + k + pads[rng.IntN(len(pads))]
			_, ok := lookupKey(tab, s)
			rej := edges.rejects(s)
			if ok && rej {
				t.Fatalf("the gate rejects %q, a key", s)
			}
			if ok {
				found++
			}
			if rej {
				rejected++
			}
		}
		if found == 0 || rejected == 0 {
			t.Fatalf("%d found, %d rejected: the test tells nothing", found, rejected)
		}
	}
}
