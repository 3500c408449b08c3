package main

import (
	"slices"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// TestPlaceGold checks how the census finds the gold title among a page's
// blocks: a line of its own first, then the head of a longer line, then
// inside one, else nowhere; and the story's first paragraph.
func TestPlaceGold(t *testing.T) {
	blocks := []clean.Block{
		{Text: "Night ferry returns | Harbour Times", Line: 1, Kind: clean.Other},
		{Text: "Home", Line: 3, Kind: clean.Nav},
		{Text: "Night Ferry Returns!", Line: 5},
		{Text: "The night ferry will sail again from May, the council said.", Line: 7, Kind: clean.Body},
		{Text: "Read more: the night ferry returns to the islands", Line: 9, Kind: clean.Related},
	}
	for _, c := range []struct {
		gold, where string
		lines       []int
	}{
		{"Night ferry returns", "line", []int{5}},
		{"night ferry", "head", []int{1, 5}},
		{"ferry returns to the islands", "inside", []int{9}},
		{"Council closes the harbour", "none", nil},
	} {
		start, where, lines := placeGold(blocks, c.gold)
		if start != 7 || where != c.where || !slices.Equal(lines, c.lines) {
			t.Errorf("placeGold(%q) = %d, %q, %v; want 7, %q, %v", c.gold, start, where, lines, c.where, c.lines)
		}
	}
}

// TestCensusKind checks the names of the misses' kinds.
func TestCensusKind(t *testing.T) {
	for _, c := range []struct {
		r    censusRow
		want string
	}{
		{censusRow{where: "none"}, "gold printed nowhere"},
		{censusRow{where: "line", goldLines: []int{41, 90}, start: 45, gotLine: 43},
			"gold as line, above the story start, printed again; taken: between the gold and the start"},
		{censusRow{where: "line", goldLines: []int{5}, start: 45, gotLine: 60},
			"gold as line, above the story start, at the top; taken: below the start"},
		{censusRow{where: "head", goldLines: []int{50}, start: 45, gotLine: 50, got: "Night ferry returns - Part 1", gold: "Night ferry returns"},
			"gold as head, below the story start; taken: the gold with a tail"},
		{censusRow{where: "line", goldLines: []int{50}, start: 45, gotLine: 30},
			"gold as line, below the story start; taken: above the gold"},
	} {
		if got := c.r.kind(); got != c.want {
			t.Errorf("kind(%+v) = %q, want %q", c.r, got, c.want)
		}
	}
}
