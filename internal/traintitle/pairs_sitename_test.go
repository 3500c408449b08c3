package main

import (
	"math"
	"testing"
)

// TestRewordedLeavesSiteNameH1 checks that reworded leaves out an <h1>
// that is the site's name (its feature "site"), as its doc says: it
// counted it as the headline worded twice (reviewer revA76).
func TestRewordedLeavesSiteNameH1(t *testing.T) {
	pg := headingPage(0, "Valley Post", "Ferry returns to the islands | Valley Post", true, false)
	pg.cands[0].X[feature("h1s")] = math.Log(2)
	pg.cands[0].X[feature("site")] = 1
	pairs := headingPairs([]page{pg})
	if len(pairs) != 1 {
		t.Fatalf("pairs %+v", pairs)
	}
	if reworded(pairs[0]) {
		t.Errorf("reworded(site-name <h1> %q) = true, want false", pg.cands[0].Text)
	}
}
