package main

import "flag"

// mustNotWeight multiplies the loss weight of an HTML block the teacher
// leaves out of the story that holds one of its page's must-not snippets
// (the benchmark's "without" list: furniture a human marked as never the
// story). The benchmark counts such a snippet once whatever its length, so
// a short call to act kept beside the story costs the must-not rate as
// much as a long one, while the word-count weight (page.weight) makes it
// cheap to the fit. 1: no boost.
var mustNotWeight = flag.Float64("mustnot-weight", 1, "the loss weight's factor for an HTML block outside the story holding a must-not snippet of its page (1: none)")

// markMustNot records which of p's blocks hold a must-not snippet of its
// gold page, for weight.
func markMustNot(p *page) {
	if p.gold == nil || len(p.gold.Without) == 0 {
		return
	}
	p.mustNot = make([]bool, len(p.texts))
	for i, t := range p.texts {
		p.mustNot[i] = holdsAny(t, p.gold.Without)
	}
}
