package blockfeat

import "testing"

// TestSecondFeatures gives each second-pass feature a block that sets it
// higher than another, on first-pass scores of a page whose story is
// blocks 2 to 5.
func TestSecondFeatures(t *testing.T) {
	p := make([]float32, 30) // blocks 9 to 29 score 0
	copy(p, []float32{0.1, 0.2, 0.9, 0.8, 0.3, 0.9, 0.1, 0.0, 0.1})
	v := SecondFeatures(p)
	if len(v) != len(p)*PassTwo {
		t.Fatalf("%d features for %d blocks", len(v), len(p))
	}
	at := func(i int, name string) float32 {
		for k, n := range PassTwoNames {
			if n == name {
				return v[i*PassTwo+k]
			}
		}
		t.Fatalf("no feature %q", name)
		return 0
	}
	cases := []struct {
		name    string
		on, off int
	}{
		{"p", 2, 0},
		{"p-prev", 3, 2},
		{"p-next", 1, 0},
		{"p-mean2", 4, 7},
		{"p-mean6", 4, 20},
		{"p-mean20", 4, 29},
		{"p-max-before10", 6, 1},
		{"p-max-after10", 0, 6},
		{"p-min-around", 4, 0},
		{"blocks-before-story", 0, 1},
		{"blocks-after-story", 8, 6},
		{"blocks-to-strong", 8, 4},
		{"story-share-before", 6, 3},
	}
	for _, c := range cases {
		if on, off := at(c.on, c.name), at(c.off, c.name); on <= off {
			t.Errorf("%s: block %d gives %.3f, block %d %.3f; want the first higher", c.name, c.on, on, c.off, off)
		}
	}
	for i := range p {
		if at(i, "p-page-mean") != at(0, "p-page-mean") {
			t.Error("p-page-mean differs between blocks")
		}
	}
	if at(3, "blocks-before-story") != 0 || at(3, "blocks-after-story") != 0 {
		t.Error("a block inside the story is before or after it")
	}
	// No strong block: every block is outside a story it cannot place.
	weak := SecondFeatures([]float32{0.1, 0.2})
	if weak[PassTwo-5] != 1 || weak[PassTwo-4] != 1 || weak[PassTwo-3] != 1 {
		t.Errorf("a page without a strong block: %v", weak[:PassTwo])
	}
	if len(SecondFeatures(nil)) != 0 {
		t.Error("features for an empty page")
	}
}
