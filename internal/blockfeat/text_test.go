package blockfeat

import (
	"slices"
	"testing"
)

// TestTextShapesReuse checks that features built from shapes worked out
// beforehand (as the story detector does, to read them again) are those
// Text computes itself.
func TestTextShapesReuse(t *testing.T) {
	lines := []string{
		"Home | World | Sport",
		"Ministers met on Tuesday to discuss the plan, officials said.",
		"12:45",
		"Photo: Invented Name",
		"The talks will go on next week in the capital.",
	}
	want := Text(lines, "https://example.com/news/1")
	sh := Shapes(lines)
	for i, l := range lines {
		if sh[i] != ShapeOf(l) {
			t.Errorf("Shapes()[%d] = %+v, ShapeOf gives %+v", i, sh[i], ShapeOf(l))
		}
	}
	if got := TextShapes(lines, sh, "https://example.com/news/1"); !slices.Equal(got, want) {
		t.Errorf("TextShapes differs from Text:\n%v\n%v", got, want)
	}
}
