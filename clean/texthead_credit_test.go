package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/headline"
)

// TestReadsAsCredit: the lines titleByScore passes over as credits, read
// by the head-settle stage's forms or by the story's line rules, and
// headlines it keeps.
func TestReadsAsCredit(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Image by Tomas Wrenley from Pixabay", true}, // the image stage's form
		{"Photo: Tomas Wrenley / Adobe Stock", true},
		{"HarbourLens/Getty Images", true}, // the story's line rules' (isCaptionCredit)
		{"How to Price a Garden Shed Repair: Rates, Materials and Margins", false},
		{"Ministers agree on a road link", false},
		{"Images of the week: the harbour in winter", false},
	} {
		if got := readsAsCredit(c.line); got != c.want {
			t.Errorf("readsAsCredit(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestBestHeadlineSkip: bestHeadline returns the candidate the headline
// model scores highest, and with a skip the best of the others.
func TestBestHeadlineSkip(t *testing.T) {
	cands, err := headline.Candidates([]byte(shedPage), "")
	if err != nil || len(cands) < 2 {
		t.Fatalf("%d candidates, %v", len(cands), err)
	}
	best := bestHeadline(cands, nil)
	if best < 0 || cands[best].Text != "How to Price a Garden Shed Repair: Rates, Materials and Margins" {
		t.Fatalf("best candidate %d, want the headline", best)
	}
	next := bestHeadline(cands, func(s string) bool { return s == cands[best].Text })
	if next < 0 || next == best {
		t.Fatalf("with the headline skipped: %d", next)
	}
	for k, c := range cands {
		if k != best && headlineModel.Score(c.X) > headlineModel.Score(cands[next].X) {
			t.Errorf("with the headline skipped: %q, but %q scores higher", cands[next].Text, c.Text)
		}
	}
	if got := bestHeadline(cands, func(string) bool { return true }); got != -1 {
		t.Errorf("everything skipped: %d, want -1", got)
	}
}
