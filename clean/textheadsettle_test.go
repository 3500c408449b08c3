package clean

import (
	"slices"
	"testing"
)

// settleProse is a paragraph of a story, long enough to end the text
// head's window when it is the second.
const settleProse = "The council met on Tuesday evening to vote on the new budget, and the debate ran well past midnight before the count."

// settleTestPage returns a page of text blocks as the stages before
// head-settle left them: kinds set, the rest free. The learned detector is
// off, as on a short page.
func settleTestPage(blocks []Block) *Page {
	return &Page{in: input{noModel: true}, blocks: blocks}
}

// TestSettleCountsKeptLines: the window under the headline is counted in
// the lines the article keeps. Seventy lines of a menu that a later stage
// took out stand between the headline and its byline and date line, past
// the text head's maxTextHead lines; cleaning the output again, without
// the menu, would read them, so they are read now.
func TestSettleCountsKeptLines(t *testing.T) {
	blocks := []Block{{Text: "Council Passes the Budget After a Long Night", Kind: Title, Rule: "generic/title"}}
	for range 70 {
		blocks = append(blocks, Block{Text: "Weather", Kind: Other, Rule: "generic/outside-story"})
	}
	blocks = append(blocks, Block{Text: "Jane Roe"}, Block{Text: "Published Nov 18, 2019 at 4:07 PM"},
		Block{Text: settleProse}, Block{Text: settleProse})
	p := settleTestPage(blocks)
	p.textHead(0) // the first pass's read misses them
	if k := p.blocks[72].Kind; k != "" {
		t.Fatalf("textHead labelled the date line %q: the test no longer shows the miss", k)
	}
	p.settleTextHead()
	if b := p.blocks[72]; b.Kind != Date || b.Stamp == nil || b.Stamp.ISO() == "" {
		t.Errorf("date line: %q %v, want a date with its date", b.Kind, b.Stamp)
	}
	if b := p.blocks[71]; b.Kind != Byline || !slices.Equal(b.Authors, []string{"Jane Roe"}) {
		t.Errorf("name over the date line: %q %q, want a byline of Jane Roe", b.Kind, b.Authors)
	}
}

// TestSettleSecondLines: a second date line and a second byline under the
// headline, left by the text head once it had read the first, are taken
// out as clutter, and give the article no second author.
func TestSettleSecondLines(t *testing.T) {
	p := settleTestPage([]Block{
		{Text: "Hiking the Flat Irons", Kind: Title, Rule: "generic/title"},
		{Text: "by Reva Holm September 15, 2014", Kind: Date, Rule: "generic/date", Stamp: &Stamp{}, Authors: []string{"Reva Holm"}},
		{Text: "written by Reva Holm"},
		{Text: "Sharing is caring!"},
		{Text: "Posted on 8 October 2019"},
		{Text: settleProse},
		{Text: settleProse},
		{Text: "Archive: 1 November 2019"}, // under the story's second paragraph: not the head's
	})
	p.settleTextHead()
	if b := p.blocks[2]; b.Kind != Byline || len(b.Authors) != 0 {
		t.Errorf("second byline: %q %q, want a byline without names", b.Kind, b.Authors)
	}
	if b := p.blocks[4]; b.Kind != Other || b.Stamp != nil {
		t.Errorf("second date line: %q %v, want other without a date", b.Kind, b.Stamp)
	}
	for _, i := range []int{3, 5, 6, 7} {
		if !p.free(i) {
			t.Errorf("%q labelled %q, want it left", p.blocks[i].Text, p.blocks[i].Kind)
		}
	}
}

// TestSettleNoHeadline: without a headline there is no head window, and
// nothing is taken.
func TestSettleNoHeadline(t *testing.T) {
	p := settleTestPage([]Block{{Text: "Published Nov 18, 2019 at 4:07 PM"}, {Text: settleProse}})
	p.settleTextHead()
	if !p.free(0) {
		t.Errorf("no headline: the date line was labelled %q", p.blocks[0].Kind)
	}
}

// TestSettleReadsAboveHeadline: the output prints the headline first, so a
// line the article keeps from above it stands right under it on the second
// pass. A date line far above the headline, past the text head's window,
// is read as the date line here, as the second pass reads it.
func TestSettleReadsAboveHeadline(t *testing.T) {
	blocks := []Block{{Text: "Published Nov 18, 2019 at 4:07 PM"}}
	for range 20 {
		blocks = append(blocks, Block{Text: "Weather", Kind: Other, Rule: "generic/outside-story"})
	}
	blocks = append(blocks, Block{Text: "Council Passes the Budget After a Long Night", Kind: Title, Rule: "generic/title"},
		Block{Text: settleProse}, Block{Text: settleProse})
	p := settleTestPage(blocks)
	p.textHead(21)
	if k := p.blocks[0].Kind; k != "" {
		t.Fatalf("textHead labelled the date line %q: the test no longer shows the miss", k)
	}
	p.settleTextHead()
	if b := p.blocks[0]; b.Kind != Date || b.Stamp == nil || b.Stamp.ISO() == "" {
		t.Errorf("date line above the headline: %q %v, want a date with its date", b.Kind, b.Stamp)
	}
}

// TestSettleLateDateline: the story's first paragraph opens with a
// dateline that the dateline stage, looking under another title, did not
// split; on the output, where that paragraph is the first under the
// headline, it would. It is split here.
func TestSettleLateDateline(t *testing.T) {
	p := settleTestPage([]Block{
		{Text: "Council Passes the Budget After a Long Night", Kind: Title, Rule: "generic/title"},
		{Text: "TBILISI, March 5 (Reuters) - " + settleProse},
		{Text: settleProse},
	})
	p.in.rules = BuiltinRules()
	p.settleTextHead()
	if len(p.blocks) != 4 {
		t.Fatalf("%d blocks, want the dateline split off the paragraph", len(p.blocks))
	}
	if b := p.blocks[1]; b.Kind != Dateline || b.Dateline == nil || b.Dateline.Place == "" {
		t.Errorf("first paragraph's head: %q %q %+v, want a dateline", b.Kind, b.Text, b.Dateline)
	}
	if b := p.blocks[2]; b.Text != settleProse || !p.free(2) {
		t.Errorf("paragraph %q (%q), want the story's, free", b.Text, b.Kind)
	}
}

// TestSettleDateWrapped: a date line that ends a sentence alone
// ("Posted on May 1, 2024 at 4:07 PM!") is none, but the output prints it with the
// hard-wrapped line under it, where it ends no sentence and the second
// pass reads a date line: it is read so now, and the wrapped line is
// clutter with it.
func TestSettleDateWrapped(t *testing.T) {
	p := settleTestPage([]Block{
		{Text: "Council Passes the Budget After a Long Night", Kind: Title, Rule: "generic/title"},
		{Text: "Posted on May 1, 2024 at 4:07 PM!"},
		{Text: "ok", Wrapped: true},
		{Text: settleProse}, {Text: settleProse},
	})
	p.settleTextHead()
	if b := p.blocks[1]; b.Kind != Date || b.Stamp == nil {
		t.Errorf("date line: %q %v, want a date with its date", b.Kind, b.Stamp)
	}
	if b := p.blocks[2]; b.Kind != Other || b.Rule != "generic/head-date" {
		t.Errorf("wrapped line: %q (%s), want clutter with the date line", b.Kind, b.Rule)
	}
}
