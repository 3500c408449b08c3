package clean

import "testing"

func TestTitledCommentThread(t *testing.T) {
	// a post whose comments a heading with their count and the post's
	// title heads, each comment's header dropped by the story detector
	lines := []string{
		"Why Small Teams Ship Faster",
		"Small teams ship more often because every person on them can see the whole of the product, and nobody waits for a meeting.",
		"The answer is not to stay small forever but to split the product into parts that small teams can own from end to end.",
		"4 Comments on “Why Small Teams Ship Faster”",
		"This matches what I saw at my last two jobs, where the best weeks were the ones with the fewest meetings.",
		"I would add that a small team also needs the authority to release without asking another team first.",
	}
	p, _ := textTestPage(lines)
	p.labelAs(3, Related, "model/html") // the detector may label the heading itself
	p.detectComments()
	for i, b := range p.blocks {
		if got, want := b.Rule == commentsRule, i >= 4; got != want {
			t.Errorf("block %d %q: labelled a comment %v, want %v", i, b.Text, got, want)
		}
	}
}

func TestTitledThreadNeedsTheTitle(t *testing.T) {
	// a sidebar's count of another post's comments: its title is not a
	// line of the page above it, so nothing is a comment
	lines := []string{
		"Why Small Teams Ship Faster",
		"Small teams ship more often because every person on them can see the whole of the product, and nobody waits for a meeting.",
		"12 comments on “The Best Standing Desks of the Year”",
		"The answer is not to stay small forever but to split the product into parts that small teams can own from end to end.",
	}
	p, _ := textTestPage(lines)
	p.detectComments()
	for i, b := range p.blocks {
		if b.Rule == commentsRule {
			t.Errorf("block %d %q: labelled a comment", i, b.Text)
		}
	}
	if got := p.titledThread(); got != -1 {
		t.Errorf("titledThread = %d, want -1", got)
	}
}
