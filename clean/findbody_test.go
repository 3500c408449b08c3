package clean

import (
	"math/rand/v2"
	"testing"
)

// findBodyEveryBlock is findBody's plain reading: every block from the
// title down is asked, and the first and last that may be the story's are
// kept.
func findBodyEveryBlock(p *Page) (first, last int) {
	first, last = len(p.blocks), -1
	for i := max(p.titleAt, 0); i < len(p.blocks); i++ {
		if k := p.blocks[i].Kind; k == Dateline || (k == "" || k == Body) && p.proseKnown(i) {
			if first == len(p.blocks) {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// TestFindBodyEnds checks findBody, which reads from each end and stops at
// the first block it keeps, against the walk over every block, on pages of
// prose, short lines, datelines and labelled blocks drawn at random, with
// the title anywhere (or none), the page empty, and no block kept.
func TestFindBodyEnds(t *testing.T) {
	para := "The ministry said on Monday that the new bridge over the river would open to traffic next spring, after two years of work."
	texts := []string{para, "Menu", "Share this story", "LONDON (Reuters) -"}
	kinds := []Kind{"", "", Body, Dateline, Other, Credit}
	r := rand.New(rand.NewPCG(7, 64))
	found := 0
	for range 2000 {
		n := r.IntN(9)
		blocks := make([]Block, n)
		for i := range blocks {
			blocks[i] = Block{Text: texts[r.IntN(len(texts))], Kind: kinds[r.IntN(len(kinds))]}
		}
		titleAt := r.IntN(n+2) - 1
		want := &Page{blocks: blocks, titleAt: titleAt}
		wantFirst, wantLast := findBodyEveryBlock(want)
		got := &Page{blocks: blocks, titleAt: titleAt}
		got.findBody()
		if got.first != wantFirst || got.last != wantLast {
			t.Fatalf("blocks %+v, titleAt %d: first %d, last %d; want %d, %d", blocks, titleAt, got.first, got.last, wantFirst, wantLast)
		}
		if wantLast >= 0 {
			found++
		}
	}
	if found < 500 || found > 1900 {
		t.Errorf("%d of 2000 pages have a body: the drawn pages no longer try both answers", found)
	}
}
