package blockfeat

import "testing"

// gapPage is a story flattened with a subhead between two paragraphs, a
// list a colon announces, and a footer of links below the story.
func gapPage() []string {
	para := "The council voted on Monday to rebuild the old bridge, and work will start in the spring."
	return []string{
		"Home",               // 0
		para,                 // 1
		"What happens next",  // 2: the subhead
		para,                 // 3
		"The plan includes:", // 4
		"a new footpath",     // 5
		"two bus stops",      // 6
		para,                 // 7
		"About us",           // 8
		"Contact",            // 9
		"Privacy",            // 10
	}
}

func gapAt(t *testing.T, page []string, i int, name string) float32 {
	t.Helper()
	v := Text(page, "")
	return feature(t, TextNames(), v[i*TextDim:(i+1)*TextDim], name)
}

// TestGapBoth checks "prose on both sides within k lines": the subhead
// has prose within one line each side, the first list item within two,
// the second within three only (the colon's line lies above it), and the
// footer none.
func TestGapBoth(t *testing.T) {
	page := gapPage()
	for _, c := range []struct {
		line    int
		want123 [3]float32
	}{
		{2, [3]float32{1, 1, 1}},
		{5, [3]float32{0, 1, 1}},
		{6, [3]float32{0, 0, 1}},
		{9, [3]float32{0, 0, 0}},
		{0, [3]float32{0, 0, 0}},
	} {
		for k, name := range []string{"prose-both-1", "prose-both-2", "prose-both-3"} {
			if got := gapAt(t, page, c.line, name); got != c.want123[k] {
				t.Errorf("line %d %s = %v, want %v", c.line, name, got, c.want123[k])
			}
		}
	}
	// The gap's width: the subhead's gap is narrower than the list's,
	// and the footer lies in no gap (1).
	if s, l, f := gapAt(t, page, 2, "gap-lines"), gapAt(t, page, 6, "gap-lines"), gapAt(t, page, 9, "gap-lines"); !(s < l && l < f && f == 1) {
		t.Errorf("gap-lines: subhead %v, list %v, footer %v; want increasing to 1", s, l, f)
	}
}

// TestGapWords checks the words to the nearest prose line above and
// below: none for a line next to prose, more for a line deeper in a gap,
// 1 where no prose lies that side.
func TestGapWords(t *testing.T) {
	page := gapPage()
	if a, b := gapAt(t, page, 2, "gap-words-above"), gapAt(t, page, 2, "gap-words-below"); a != 0 || b != 0 {
		t.Errorf("subhead: %v %v, want 0 0", a, b)
	}
	if a := gapAt(t, page, 6, "gap-words-above"); a <= 0 || a >= 1 {
		t.Errorf("last list item: words above %v, want in (0, 1)", a)
	}
	if b := gapAt(t, page, 9, "gap-words-below"); b != 1 {
		t.Errorf("footer: words below %v, want 1 (no prose below)", b)
	}
	if a := gapAt(t, page, 0, "gap-words-above"); a != 1 {
		t.Errorf("first line: words above %v, want 1 (no prose above)", a)
	}
}

// TestGapColonList checks the list a colon announces: its items and its
// head are marked, the subhead and the footer are not, and short lines
// after a colon with no prose after them are no list.
func TestGapColonList(t *testing.T) {
	page := gapPage()
	for i := 5; i <= 6; i++ {
		if got := gapAt(t, page, i, "colon-list"); got != 1 {
			t.Errorf("list item %d: colon-list %v, want 1", i, got)
		}
	}
	for _, i := range []int{2, 4, 9} {
		if got := gapAt(t, page, i, "colon-list"); got != 0 {
			t.Errorf("line %d: colon-list %v, want 0", i, got)
		}
	}
	if got := gapAt(t, page, 4, "colon-list-head"); got != 1 {
		t.Errorf("the list's head: colon-list-head %v, want 1", got)
	}
	tail := []string{gapPage()[1], "Follow us:", "Facebook", "Twitter"}
	if got := gapAt(t, tail, 2, "colon-list"); got != 0 {
		t.Errorf("links after a colon at the page's end: colon-list %v, want 0", got)
	}
	if got := gapAt(t, tail, 1, "colon-list-head"); got != 0 {
		t.Errorf("a colon with no list after it: colon-list-head %v, want 0", got)
	}
}

// TestGapProseShare checks the share of the page's prose words above a
// line: 0 before the story, a third after its first paragraph, 1 below it.
func TestGapProseShare(t *testing.T) {
	page := gapPage()
	for _, c := range []struct {
		line int
		want float32
	}{{0, 0}, {2, 1.0 / 3}, {8, 1}} {
		if got := gapAt(t, page, c.line, "prose-share-above"); got < c.want-1e-6 || got > c.want+1e-6 {
			t.Errorf("line %d: prose-share-above %v, want %v", c.line, got, c.want)
		}
	}
}
