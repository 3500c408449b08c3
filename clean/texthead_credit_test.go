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
	skip := make([]bool, len(cands))
	skip[best] = true
	next := bestHeadline(cands, skip)
	if next < 0 || next == best {
		t.Fatalf("with the headline skipped: %d", next)
	}
	for k, c := range cands {
		if k != best && headlineModel.Score(c.X) > headlineModel.Score(cands[next].X) {
			t.Errorf("with the headline skipped: %q, but %q scores higher", cands[next].Text, c.Text)
		}
	}
	for k := range skip {
		skip[k] = true
	}
	if got := bestHeadline(cands, skip); got != -1 {
		t.Errorf("everything skipped: %d, want -1", got)
	}
}

// TestNotPrintedFirst: a line that opens with a dateline, which a second
// pass's dateline stage splits when the output prints it first, is no
// headline the model's pick may give, nor is a credit; a headline is.
func TestNotPrintedFirst(t *testing.T) {
	text := "Road talks in Baku"
	p := newPage(segmentText(text), text, nil, nil)
	defer p.release()
	for _, c := range []struct {
		line string
		want bool
	}{
		{"HARBOUR - Ferries as a Way of Life before 1900", true},
		{"BAKU (Reuters) - Talks go on", true},
		{"HarbourLens/Getty Images", true},
		{"Ferries as a Way of Life before 1900", false},
		{"Road talks in Baku", false},
	} {
		if got := p.notPrintedFirst(c.line); got != c.want {
			t.Errorf("notPrintedFirst(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
