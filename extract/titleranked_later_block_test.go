package extract

import (
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// Shows: with several Title blocks, when the first is passed over by the title ranker, a later block that prints
// the ranker's headline lands in Removed under its own rule (as clutter) instead of staying the title.
func TestPlaceTitleLaterBlockOfRankedHeadline(t *testing.T) {
	const headline = "Harbour board to dredge the north channel"
	res := &clean.Result{Blocks: []clean.Block{
		{Kind: clean.Nav, Line: 1, Text: "Home"},
		{Kind: clean.Title, Line: 2, Rule: "html/h1", Text: "Sign in to add this item to your wishlist"},
		{Kind: clean.Title, Line: 3, Rule: "html/h1", Text: headline + " | Harbour Times"},
		{Kind: clean.Body, Line: 4, Text: "The harbour board voted on Tuesday to dredge the north channel before the autumn storms."},
	}}
	a, placed := build(res, &Options{NoNormalize: true}, headline)
	if placed[1] != "removed" {
		t.Fatalf("the passed-over block placed %q, want removed (fixture no longer reaches placeTitle's ranked-out branch)", placed[1])
	}
	if placed[2] != "title" {
		t.Errorf("the block printing the ranker's headline placed %q, want title; removed: %+v", placed[2], a.Removed)
	}
}
