package blockfeat

import "testing"

// TestPutClass: a block inside a box whose class names its kind sets that
// kind's feature, the nearer the word the higher, and a block of no such
// box sets none.
func TestPutClass(t *testing.T) {
	get := func(words []string, name string) float32 {
		v := make([]float32, classFeatures)
		putClass(words, v)
		for i, n := range classNames {
			if n == name {
				return v[i]
			}
		}
		t.Fatalf("no feature %q", name)
		return 0
	}
	near := get([]string{"site", "newsletter", "box"}, "class-newsletter")
	far := get([]string{"newsletter", "a", "b", "c", "d", "e", "f", "g"}, "class-newsletter")
	if near <= far || far <= 0 || near > 1 {
		t.Errorf("class-newsletter near %.3f far %.3f: want 1 >= near > far > 0", near, far)
	}
	if got := get([]string{"page", "entry", "content"}, "class-body"); got != 1 {
		t.Errorf("class-body of the block's own class word: %.3f, want 1", got)
	}
	if get([]string{"comment", "list"}, "class-comment") <= 0 {
		t.Error("class-comment not set by a comment list")
	}
	if get([]string{"comment", "list"}, "class-body") != 0 || get([]string{"entry", "content"}, "class-comment") != 0 {
		t.Error("a group set by another group's word")
	}
	for _, n := range classNames {
		if get(nil, n) != 0 || get([]string{"wrapper", "inner"}, n) != 0 {
			t.Errorf("%s set on a block without a box's class word", n)
		}
	}
	for w, g := range classGroup {
		if g < 0 || g >= classFeatures {
			t.Errorf("%q in group %d of %d", w, g, classFeatures)
		}
	}
}
