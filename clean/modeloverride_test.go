package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// TestModelOverride: a text model set through blockfeat.SetOverride (the
// trainer's pipeline cross-validation) scores the lines in place of the
// built-in one. The override scores every line far below its threshold, so
// the story paragraph the built-in model keeps is labelled by model/text.
func TestModelOverride(t *testing.T) {
	none := &blockfeat.Model{
		Dim:       blockfeat.TextDim,
		First:     make([]float32, blockfeat.TextDim+1),
		Second:    make([]float32, blockfeat.TextDim+blockfeat.PassTwo+1),
		Threshold: 0.5,
	}
	none.First[blockfeat.TextDim] = -10
	none.Second[blockfeat.TextDim+blockfeat.PassTwo] = -10
	rule := func() string {
		res, err := String(storyPage, nil)
		if err != nil {
			t.Fatal(err)
		}
		return modelLabels(res)[storyPara].Rule
	}
	if r := rule(); r == "model/text" {
		t.Fatalf("built-in model: the story paragraph is labelled by %q", r)
	}
	blockfeat.SetOverride(blockfeat.TextPath, none)
	defer blockfeat.SetOverride(blockfeat.TextPath, nil)
	if r := rule(); r != "model/text" {
		t.Errorf("override: the story paragraph's rule is %q, want model/text", r)
	}
}
