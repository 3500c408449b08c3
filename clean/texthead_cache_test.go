package clean

import (
	"maps"
	"testing"
)

// cachePage is an invented flattened page for the candidate pass's
// shared per-line facts: a trail over its headline, repeats, prose.
func cachePage() *Page {
	texts := []string{
		"Home  /  Garden Notes / Potting   Winter Bulbs",
		"Potting Winter Bulbs",
		"By Ada Marsh",
		"Bulbs potted in late autumn flower indoors by midwinter, given a cold spell of some weeks first and a bright sill after it.",
		"POTTING WINTER BULBS",
		"Garden Notes / Watering Cacti in Rooms Without…",
		"Watering Cacti in Rooms Without Sun",
		"Cacti kept indoors through winter want water about once a month, and less where the room stays cool through the darker weeks.",
		"Related",
		"Hyacinths and crocuses take the same treatment, though crocuses want a shorter cold spell than tulips and daffodils do.",
		"",
	}
	p := &Page{}
	for _, t := range texts {
		p.blocks = append(p.blocks, Block{Text: t})
	}
	return p
}

// TestStoryWordsMatchProseWords checks that the per-page paragraph sets
// storyWords shares across candidates hold what proseWords builds for
// each candidate, and that overlapWords on them gives overlap's share.
func TestStoryWordsMatchProseWords(t *testing.T) {
	p := cachePage()
	n := len(p.blocks)
	prose := map[int]bool{3: true, 7: true, 9: true}
	nextProse := make([]int, n+1)
	nextProse[n] = n
	for i := n - 1; i >= 0; i-- {
		nextProse[i] = nextProse[i+1]
		if prose[i] {
			nextProse[i] = i
		}
	}
	para := map[int]map[string]bool{}
	for _, i := range []int{3, 7, 9, n, 7, 3} { // the sets reused, in any order
		want := proseWords(p, i, nextProse)
		got := storyWords(p, i, nextProse, para)
		union := map[string]bool{}
		for _, s := range got {
			maps.Copy(union, s)
		}
		if !maps.Equal(union, want) {
			t.Errorf("storyWords(%d) = %v, proseWords %v", i, union, want)
		}
		for w := range want {
			if !got.has(w) {
				t.Errorf("storyWords(%d) lacks %q", i, w)
			}
		}
		for j := range p.blocks {
			line := p.blocks[j].Text
			if a, b := overlapWords(lineWords(line), got), overlap(line, want); a != b {
				t.Errorf("overlap of %q on story %d: shared %v, per candidate %v", line, i, a, b)
			}
		}
	}
	if len(para) != 3 {
		t.Errorf("para holds %d paragraphs, want 3 (each split once)", len(para))
	}
}

// TestLowerLinesMatchTrailNames checks that trailNames over lines
// lower-cased once a page (lowerLines) answers as it does lower-casing
// them for each call, and that the kept lines are lowerLine's.
func TestLowerLinesMatchTrailNames(t *testing.T) {
	p := cachePage()
	low := lowerLines{p: p}
	named := 0
	for _, order := range [][]int{{1, 6, 4, 0, 2}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}} {
		for _, i := range order {
			a, b := p.trailNamesLow(i, &low), p.trailNames(i)
			if a != b {
				t.Errorf("block %d %q: trailNames shared %v, per call %v", i, p.blocks[i].Text, a, b)
			}
			if a {
				named++
			}
			if got, want := low.at(p, i), lowerLine(p.blocks[i].Text); got != want {
				t.Errorf("low.at(%d) = %q, want %q", i, got, want)
			}
		}
	}
	if named == 0 {
		t.Error("no line of the page named by its trail: the test checks nothing")
	}
	if !p.trailNamesLow(1, &low) || !p.trailNamesLow(4, &low) || !p.trailNamesLow(6, &low) {
		t.Error("the trails name lines 1, 4 (case ignored) and 6 (cut short)")
	}
	var none *lowerLines
	if none.at(p, 0) != lowerLine(p.blocks[0].Text) {
		t.Error("a nil lowerLines lower-cases the line itself")
	}
}
