package clean

import "testing"

// TestPrintedProse: a hard-wrapped line under lines the output leaves out
// is printed as a paragraph of its own, and read so (printedProse), not
// with the wrapped run it ends on the page (proseAt); under a kept line it
// is joined to it (joinedAbove).
func TestPrintedProse(t *testing.T) {
	text := "This material may not be published, broadcast, rewritten,\nor redistributed. All rights reserved by the network here.\nAll market data delayed.\n\nNext line"
	p := newPage(segmentText(text), text, nil, nil)
	defer p.release()
	p.markWrapped()
	if len(p.blocks) < 3 || !p.blocks[1].Wrapped || !p.blocks[2].Wrapped {
		t.Fatalf("the first three lines are not one wrapped run: %+v", p.blocks)
	}
	if !p.joinedAbove(2) {
		t.Error("a wrapped line under a kept line is not joined to it")
	}
	if !p.proseAt(2) {
		t.Fatal("the run is not prose: the case tests nothing")
	}
	p.blocks[0].Kind, p.blocks[1].Kind = Other, Other
	if p.joinedAbove(2) {
		t.Error("a wrapped line under a line left out is joined to it")
	}
	if p.printedProse(2) {
		t.Errorf("%q alone is taken for prose", p.blocks[2].Text)
	}
}
