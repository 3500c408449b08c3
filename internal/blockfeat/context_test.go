package blockfeat

import (
	"strconv"
	"testing"
)

var textPage = []string{
	"Home", // 0
	"News", // 1
	"Home", // 2
	sentence,
	sentence + " It runs again.",
	"Advertisement", // 5
	sentence + " Passengers queued.",
	"© 2024 Example", // 7
}

// TestTextFeatures gives each context feature, and each feature of text
// lines alone, a line that sets it and one that does not.
func TestTextFeatures(t *testing.T) {
	names := TextNames()
	if len(names) != TextDim {
		t.Fatalf("%d names for %d features", len(names), TextDim)
	}
	v := Text(textPage, "")
	at := func(i int, name string) float32 { return feature(t, names, v[i*TextDim:(i+1)*TextDim], name) }
	cases := []struct {
		name    string
		on, off int // the feature is higher on block on than on block off
	}{
		{"position", 7, 0},
		{"in-run", 5, 0},
		{"before-run", 0, 5},
		{"after-run", 7, 5},
		{"repeated", 0, 1},
		{"prev-words", 4, 0},
		{"prev-sentence-end", 4, 3},
		{"prev-prose", 4, 3},
		{"next-words", 2, 7},
		{"next-sentence-end", 2, 0},
		{"next-prose", 2, 0},
		{"prose-around", 5, 0},
		{"prev2-prose", 5, 3},
		{"next2-prose", 1, 0},
		{"prose-before-dist", 0, 4},
		{"prose-after-dist", 7, 0},
		{"menu-run", 0, 3},
		{"first-line", 0, 1},
		{"last-line", 7, 6},
	}
	for _, c := range cases {
		if on, off := at(c.on, c.name), at(c.off, c.name); on <= off {
			t.Errorf("%s: block %d gives %.3f, block %d %.3f; want the first higher", c.name, c.on, on, c.off, off)
		}
	}
	// Page-wide features: the same on every block, and 0 or 1 where the
	// page has no prose.
	if s := at(0, "run-share"); s <= 0.5 || s >= 1 {
		t.Errorf("run-share %.3f, want most of the page's words but not all", s)
	}
	if at(0, "page-blocks") <= 0 || at(0, "run-blocks") <= 0 {
		t.Error("page-blocks and run-blocks must count the page's blocks and the run's")
	}
	flat := Text([]string{"Home", "News"}, "")
	if r := feature(t, names, flat[:TextDim], "run-blocks"); r != 0 {
		t.Errorf("run-blocks %.3f on a page without prose", r)
	}
	if b, a := feature(t, names, flat[:TextDim], "before-run"), feature(t, names, flat[:TextDim], "after-run"); b != 1 || a != 1 {
		t.Errorf("before-run %.0f, after-run %.0f on a page without prose, want 1 and 1", b, a)
	}
	// Short lines hash their words; prose does not.
	hashed := func(i int) int {
		n := 0
		for k := range shortHash {
			if at(i, "short-word#"+strconv.Itoa(k)) != 0 {
				n++
			}
		}
		return n
	}
	if hashed(0) != 1 || hashed(3) != 0 {
		t.Errorf("short-word buckets set: %d for %q (want 1), %d for prose (want 0)", hashed(0), textPage[0], hashed(3))
	}
}

func TestDensestRun(t *testing.T) {
	sh := make([]Shape, len(textPage))
	for i, l := range textPage {
		sh[i] = ShapeOf(l)
	}
	if r := DensestRun(sh, nil); r != (Run{3, 6}) {
		t.Errorf("densest run %v, want {3 6}: the advertisement between paragraphs stays inside", r)
	}
	if r := DensestRun(sh[:3], nil); r.End >= r.Start {
		t.Errorf("densest run %v of a page without prose, want an empty run", r)
	}
}
