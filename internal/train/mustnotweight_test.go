package main

import (
	"testing"

	"github.com/newsclean/newsclean/internal/train/align"
	"github.com/newsclean/newsclean/internal/wcxb"
)

// TestMustNotWeight checks that -mustnot-weight multiplies the weight of a
// block outside the story that holds a must-not snippet (matched as the
// benchmark matches it, whatever the case), and of no other block: not a
// story block holding one, not a block holding none; and that at 1 every
// weight is the one without the flag.
func TestMustNotWeight(t *testing.T) {
	p := &page{
		gold:  &wcxb.Page{Without: []string{"Subscribe to our newsletter"}},
		texts: []string{"SUBSCRIBE TO OUR NEWSLETTER today", "The ferry left at noon.", "Readers who subscribe to our newsletter get it first."},
		labels: []align.Block{
			{Label: align.Other, Words: 5},
			{Label: align.Other, Words: 5},
			{Label: align.Story, Words: 9},
		},
	}
	markMustNot(p)
	old := *mustNotWeight
	defer func() { *mustNotWeight = old }()
	*mustNotWeight = 1
	base := []float32{p.weight(0), p.weight(1), p.weight(2)}
	*mustNotWeight = 3
	for i, want := range []float32{3 * base[0], base[1], base[2]} {
		if got := p.weight(i); got != want {
			t.Errorf("block %d: weight %v, want %v", i, got, want)
		}
	}
	q := &page{texts: []string{"Subscribe"}, labels: []align.Block{{Label: align.Other, Words: 1}}}
	markMustNot(q) // no gold: nothing marked
	if q.mustNot != nil {
		t.Errorf("page without gold: mustNot %v, want nil", q.mustNot)
	}
}
