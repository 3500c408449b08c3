package clean

import (
	"slices"
	"testing"
)

// TestFlushCuts: blocks cut while a stage walks the page go in after the
// blocks they were cut from, in the order cut, and first, last and titleAt
// follow the blocks they name, as one split at a time would have them.
func TestFlushCuts(t *testing.T) {
	texts := func(p *Page) []string {
		var out []string
		for _, b := range p.blocks {
			out = append(out, b.Text)
		}
		return out
	}
	p := &Page{blocks: []Block{{Text: "A1 A2"}, {Text: "B"}, {Text: "C1 C2 C3"}, {Text: "D1 D2"}}}
	p.first, p.last, p.titleAt = 1, 3, 2
	p.cut(3, 2, 3).Kind = Credit // D1 | D2, cut before C's pieces
	rest := p.cut(2, 2, 3)       // C1 | C2 C3
	second, third := cutBlock(*rest, 2, 3)
	*rest = second
	p.addCut(2, third)      // C2 | C3
	p.cut(0, 2, 3)          // A1 | A2
	if len(p.blocks) != 4 { // nothing moves until the flush
		t.Fatalf("blocks before the flush: %q", texts(p))
	}
	p.flushCuts()
	want := []string{"A1", "A2", "B", "C1", "C2", "C3", "D1", "D2"}
	if got := texts(p); !slices.Equal(got, want) {
		t.Fatalf("blocks %q, want %q", got, want)
	}
	if p.first != 2 || p.titleAt != 3 || p.last != 7 {
		t.Errorf("first %d, titleAt %d, last %d; want 2, 3, 7", p.first, p.titleAt, p.last)
	}
	if b := p.blocks[7]; b.Kind != Credit || b.Col != 3 {
		t.Errorf("the cut-off credit: %+v", b)
	}
	if b := p.blocks[5]; b.Col != 6 || b.Kind != "" {
		t.Errorf("the third piece of C keeps its column: %+v", b)
	}
	if len(p.cuts) != 0 {
		t.Errorf("%d cuts left after the flush", len(p.cuts))
	}
	p.flushCuts() // nothing pending: nothing changes
	if got := texts(p); !slices.Equal(got, want) {
		t.Errorf("a second flush changed the blocks: %q", got)
	}
}

// TestFlushCutsNoBody: with no body found (first past the end, last -1)
// the flush keeps them so.
func TestFlushCutsNoBody(t *testing.T) {
	p := &Page{blocks: []Block{{Text: "A B"}, {Text: "C"}}}
	p.first, p.last = len(p.blocks), -1
	p.cut(0, 1, 2)
	p.flushCuts()
	if p.first != 3 || p.last != -1 {
		t.Errorf("first %d, last %d; want 3, -1", p.first, p.last)
	}
}

// TestFindBodyAfterCut: findBody remembers which blocks read as prose, and
// forgets it when a block is cut, flushed or not: the part of a paragraph
// left after a cut is judged again.
func TestFindBodyAfterCut(t *testing.T) {
	para := "The ministry said on Monday that the new bridge over the river would open to traffic next spring, after two years of work."
	for _, flush := range []bool{false, true} {
		p := &Page{blocks: []Block{{Text: "Menu"}, {Text: para}, {Text: "Share"}}}
		p.findBody()
		if p.first != 1 || p.last != 1 {
			t.Fatalf("before the cut: first %d, last %d; want 1, 1", p.first, p.last)
		}
		p.cut(1, len("The ministry said"), len("The ministry said "))
		if flush {
			p.flushCuts()
			p.blocks[2].Kind = Other // the cut-off rest is not prose to look at
		}
		p.findBody()
		if p.first != len(p.blocks) || p.last != -1 {
			t.Errorf("flush %v: after the cut: first %d, last %d; want no prose (%d, -1)", flush, p.first, p.last, len(p.blocks))
		}
	}
}
