package clean

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestFlushCutsInPlace checks the flush that inserts the cuts where the
// blocks are (the slice has room) against the one that copies the blocks
// into a new slice (it has none): on random pages and cuts, with first,
// last and titleAt in and out of range, both give the same blocks in the
// same order and move the three indexes alike. The in-place flush also
// leaves the blocks before the first cut where they were.
func TestFlushCutsInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 13))
	index := func(n int) int { return rng.IntN(n+3) - 1 } // -1 to n+1
	for round := range 5000 {
		n := 1 + rng.IntN(12)
		blocks := make([]Block, n)
		for i := range blocks {
			blocks[i] = Block{Text: fmt.Sprintf("b%d", i), Line: i + 1}
		}
		var cuts []pendingCut
		for c := range rng.IntN(6) {
			cuts = append(cuts, pendingCut{after: rng.IntN(n), b: Block{Text: fmt.Sprintf("cut%d", c)}})
		}
		first, last, title := index(n), index(n), index(n)
		run := func(room int) *Page {
			p := &Page{blocks: append(make([]Block, 0, n+room), blocks...), cuts: slices.Clone(cuts)}
			p.first, p.last, p.titleAt = first, last, title
			p.flushCuts()
			return p
		}
		copied, inPlace := run(0), run(len(cuts))
		if !slices.EqualFunc(copied.blocks, inPlace.blocks, func(a, b Block) bool { return a.Text == b.Text && a.Line == b.Line }) {
			t.Fatalf("round %d: cuts %v: copied %v, in place %v", round, cuts, copied.blocks, inPlace.blocks)
		}
		if copied.first != inPlace.first || copied.last != inPlace.last || copied.titleAt != inPlace.titleAt {
			t.Fatalf("round %d: first, last, titleAt %d %d %d (from %d %d %d): copied %d %d %d, in place %d %d %d", round,
				first, last, title, first, last, title, copied.first, copied.last, copied.titleAt, inPlace.first, inPlace.last, inPlace.titleAt)
		}
		if len(cuts) > 0 && cap(inPlace.blocks) != n+len(cuts) {
			t.Fatalf("round %d: the in-place flush grew the slice to %d", round, cap(inPlace.blocks))
		}
	}
}

// TestSegmentTextRoomForCuts checks that the blocks segmentText returns
// have room for cutRoom cuts past the lines, so that a text page cut that
// often keeps its slice (flushCuts moves the blocks in place).
func TestSegmentTextRoomForCuts(t *testing.T) {
	for _, src := range []string{
		"one line",
		"A headline\n\nThe first paragraph of the story.\n\nThe second one.\n",
		"a\nb\nc\n\n\n\nd\r\ne",
	} {
		blocks := segmentText(src)
		if cap(blocks) < len(blocks)+cutRoom {
			t.Errorf("%q: %d blocks, capacity %d: no room for %d cuts", src, len(blocks), cap(blocks), cutRoom)
		}
		p := &Page{blocks: blocks}
		for k := range cutRoom {
			p.addCut(k%len(blocks), Block{Text: "cut"})
		}
		before := &p.blocks[0]
		p.flushCuts()
		if &p.blocks[0] != before {
			t.Errorf("%q: flushing %d cuts moved the blocks to a new slice", src, cutRoom)
		}
	}
}
