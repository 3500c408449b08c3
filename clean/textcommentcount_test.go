package clean

import (
	"strings"
	"testing"
)

// longThread returns a thread of comments whose third is a long comment of
// many paragraphs, each comment a glued name and stamp over its text,
// opened by count (none when "").
func longThread(count string) []string {
	var out []string
	if count != "" {
		out = append(out, count)
	}
	for i := range 6 {
		out = append(out, []string{"Amy", "Bob", "Cleo", "Dan", "Eve", "Finn"}[i]+"March 3, 2024 at 10:1"+string(rune('0'+i))+" PM",
			"Comment"+string(rune('A'+i))+" I liked the part about the ferry, it reminded me of my own trips across the bay.")
		if i == 2 {
			for j := range 15 {
				out = append(out, "Comment"+string(rune('a'+j))+" and another thought on the ferry, the bay and the harbour master's plans for it.")
			}
		}
	}
	return out
}

func TestDropCommentTailCounted(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		kept  int // thread lines kept
	}{
		{"a counted thread runs past a long comment", append(storyLines(6), longThread("6 comments:")...), 0},
		// without the count the run stops at the long comment, and the
		// comments below it outweigh the story: nothing goes
		{"no count: the run stops", append(storyLines(6), longThread("")...), 27},
	} {
		p, shapes := textTestPage(c.lines)
		drop := make([]bool, len(p.blocks))
		p.dropCommentTail(drop, shapes)
		kept := 0
		for i, l := range c.lines {
			if strings.HasPrefix(l, "Story") && drop[i] {
				t.Errorf("%s: story line %d dropped", c.name, i)
			}
			if (strings.HasPrefix(l, "Comment") || strings.Contains(l, "March 3")) && !drop[i] {
				kept++
			}
		}
		if kept != c.kept {
			t.Errorf("%s: %d thread lines kept, want %d", c.name, kept, c.kept)
		}
	}
}
