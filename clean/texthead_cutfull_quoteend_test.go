package clean

import (
	"strings"
	"testing"
)

// TestCutTitleFullSentenceEndsInQuote: a teaser's copy of the story's
// first sentence is left though the sentence ends in a closing quote or
// bracket after its full stop ('."', '.“', '.)', '.”'), as it is when
// the full stop comes last; a headline in full that ends in a quote with
// no full stop before it is still taken.
func TestCutTitleFullSentenceEndsInQuote(t *testing.T) {
	for _, lines := range [][]string{
		{"The council met on Tuesday and...", "The council met on Tuesday and agreed to close the old pier, which the mayor called \"a danger to anyone who walks on it.\""},
		{"Der Rat tagte am Dienstag und…", "Der Rat tagte am Dienstag und beschloss, den alten Steg zu sperren, wie die Bürgermeisterin sagte: „Er ist für alle Spaziergänger gefährlich.“"},
		{"The council met on Tuesday and...", "Share", "The council met on Tuesday and agreed to close the old pier for repairs (the second closure this year.)"},
		{"The council met on Tuesday and...", "The council met on Tuesday and agreed to close the old pier for repairs, the mayor said.”"},
	} {
		text := strings.Join(lines, "\n")
		p := newPage(segmentText(text), text, nil, nil)
		if len(p.blocks) != len(lines) {
			t.Fatalf("%d blocks for %d lines", len(p.blocks), len(lines))
		}
		if got := strings.TrimSpace(p.blocks[p.cutTitleFull(0)].Text); got != lines[0] {
			t.Errorf("%q taken over the teaser %q", got, lines[0])
		}
		p.release()
	}
	lines := []string{"Mayor calls the old pier...", "Share", "Mayor calls the old pier \"a danger to walkers\""}
	text := strings.Join(lines, "\n")
	p := newPage(segmentText(text), text, nil, nil)
	if got := strings.TrimSpace(p.blocks[p.cutTitleFull(0)].Text); got != lines[2] {
		t.Errorf("%q, want the headline in full %q", got, lines[2])
	}
	p.release()
}
