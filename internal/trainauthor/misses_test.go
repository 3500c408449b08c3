package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestWhere checks the census of a miss: the blocks that print the gold's
// first name, case folded, with their kind and rule, at most maxWhere, and
// none where the page does not print it.
func TestWhere(t *testing.T) {
	blocks := []clean.Block{
		{Text: "Home", Kind: clean.Nav, Rule: "model/html"},
		{Text: "Posted by MARA QUILLON at 11:15 AM", Kind: clean.Body},
		{Text: "Mara Quillon, Tobin Ashgrove", Kind: clean.Other, Rule: "model/html"},
	}
	got := where(blocks, "Mara Quillon, Tobin Ashgrove")
	if len(got) != 2 || !strings.Contains(got[0], "MARA QUILLON") || !strings.HasPrefix(got[1], "other model/html: ") {
		t.Errorf("where = %q, want the two blocks that print Mara Quillon", got)
	}
	if got := where(blocks, "Ilse Varga"); got != nil {
		t.Errorf("where = %q for a name the page does not print", got)
	}
	for range maxWhere {
		blocks = append(blocks, clean.Block{Text: "Mara Quillon"})
	}
	if got := where(blocks, "Mara Quillon"); len(got) != maxWhere {
		t.Errorf("where lists %d blocks, want at most %d", len(got), maxWhere)
	}
	var b bytes.Buffer
	printMisses(&b, []miss{{id: "0001", gold: "Mara Quillon", where: []string{"body : x"}}, {id: "0002", gold: "Ilse Varga"}})
	if s := b.String(); !strings.Contains(s, "printed in no block") || !strings.Contains(s, "misses: 2, of which 1 print") {
		t.Errorf("printMisses wrote:\n%s", s)
	}
}
