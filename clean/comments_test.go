package clean

import (
	"testing"
)

func TestCountedCommentThread(t *testing.T) {
	// a post whose thread of comments a count heads, each comment's header
	// a name, a date and a time with no verb
	lines := []string{
		"Small teams ship more often because every person on them can see the whole of the product, and nobody waits for a meeting.",
		"The answer is not to stay small forever but to split the product into parts that small teams can own from end to end.",
		"3 comments:",
		"MarthaOctober 2, 2019 at 4:15 PM",
		"This matches what I saw at my last two jobs, where the best weeks were the ones with the fewest meetings.",
		"Tom Reyes October 3, 2019 at 9:02 AM",
		"I would add that a small team also needs the authority to release without asking another team first.",
	}
	p, _ := textTestPage(lines)
	p.detectComments()
	for i, b := range p.blocks {
		if got, want := b.Rule == commentsRule, i >= 2; got != want {
			t.Errorf("block %d %q: labelled a comment %v, want %v", i, b.Text, got, want)
		}
	}
}

func TestCountedThreadNeedsHeaders(t *testing.T) {
	// a count of comments beside the title, over a story whose lines give
	// dates and times one under another: not a thread
	p, _ := textTestPage([]string{"12 Comments", "March 3, 2024 at 10:15 AM", "March 3, 2024 at 11:30 AM",
		"The council met on Sunday and voted to keep the library open."})
	if got := p.countedThread(); got != -1 {
		t.Errorf("countedThread = %d, want -1", got)
	}
	p, _ = textTestPage([]string{"12 Comments", "Ann March 3, 2024 at 10:15 AM", "Good point.", "Bo 2024-03-04 08:01", "Agreed."})
	if got := p.countedThread(); got != 0 {
		t.Errorf("countedThread = %d, want 0", got)
	}
}

func TestThreadRunsPastReplyButtons(t *testing.T) {
	// The detector labels each comment's "Reply" link a comment prompt:
	// the thread runs on past it to the later comments, and stops at the
	// page's navigation.
	lines := []string{
		"Small teams ship more often because every person on them can see the whole of the product, and nobody waits for a meeting.",
		"3 comments:",
		"MarthaOctober 2, 2019 at 4:15 PM",
		"This matches what I saw at my last two jobs, where the best weeks were the ones with the fewest meetings.",
		"Reply",
		"Tom Reyes October 3, 2019 at 9:02 AM",
		"I would add that a small team also needs the authority to release without asking another team first.",
		"Older Post Home",
	}
	p, _ := textTestPage(lines)
	p.labelAs(4, CommentPrompt, "model/html")
	p.labelAs(7, Nav, "model/html")
	p.detectComments()
	for i, b := range p.blocks {
		if got, want := b.Rule == commentsRule, i >= 1 && i != 4 && i != 7; got != want {
			t.Errorf("block %d %q: labelled a comment %v, want %v", i, b.Text, got, want)
		}
	}
}
