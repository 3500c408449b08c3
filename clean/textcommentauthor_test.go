package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

func TestCommentAuthor(t *testing.T) {
	for _, c := range []struct {
		line, want string
		ok         bool
	}{
		{"Kathy Owen says:", "Kathy Owen", true},
		{"by greytree ( 7124971 ) writes:", "greytree", true},
		{"Marie Dupont dit :", "Marie Dupont", true},
		{"Jan Jansen zegt:", "Jan Jansen", true},
		{"Anna Weber schreibt:", "Anna Weber", true},
		// a forum's quote headers, in the past tense
		{"jdoe wrote:", "", false},
		{"mer said:", "", false},
		{"Marie a dit :", "", false},
		// story lines
		{"Here is what the harbour master says:", "", false},
		{"The report says: the ferry will run again in May.", "", false},
		{"says:", "", false},
		{"The minister says:", "", false},
		{"Harbour master Jane Roe Smith says:", "", false},
		{"shawn Hoffman says:", "shawn Hoffman", true},
	} {
		name, ok := commentAuthor(c.line, blockfeat.ShapeOf(c.line))
		if ok != c.ok || name != c.want {
			t.Errorf("commentAuthor(%q) = %q, %v; want %q, %v", c.line, name, ok, c.want, c.ok)
		}
	}
}

// authorThread returns a thread of n comments by n different readers,
// each an author line, a comment and "Reply".
func authorThread(n int) []string {
	var out []string
	for i := range n {
		out = append(out, "Reader"+string(rune('A'+i))+" Smith says:",
			"Comment"+string(rune('A'+i))+" I liked the part about the ferry, it reminded me of my own trips across the bay.",
			"Reply")
	}
	return out
}

func TestDropAuthorThread(t *testing.T) {
	// an interview's two speakers, each over their words
	interview := []string{}
	for i := range 4 {
		interview = append(interview, []string{"Jane Roe says:", "Harry Poe says:"}[i%2], "Answer"+para)
	}
	for _, c := range []struct {
		name  string
		lines []string
		want  string // the first word of the first dropped line, "" for none
	}{
		{"a thread below the story", append(storyLines(8), authorThread(4)...), "ReaderA"},
		{"two comments are not a thread", append(storyLines(8), authorThread(2)...), ""},
		{"a short first post: a forum's replies", append(storyLines(1), authorThread(4)...), ""},
		{"more story after the run than before it", append(append(storyLines(4), authorThread(3)...), storyLines(10)...), ""},
		{"an interview's two speakers", append(storyLines(8), interview...), ""},
	} {
		p, shapes := textTestPage(c.lines)
		drop := make([]bool, len(p.blocks))
		p.dropAuthorThread(drop, shapes)
		got := firstCommentDropped(p, drop)
		if got != c.want {
			t.Errorf("%s: first dropped %q, want %q", c.name, got, c.want)
		}
		for i, l := range c.lines {
			if strings.HasPrefix(l, "Story") && drop[i] {
				t.Errorf("%s: story line %d dropped", c.name, i)
			}
			if got != "" && (strings.HasPrefix(l, "Comment") || strings.HasPrefix(l, "Reply")) && !drop[i] {
				t.Errorf("%s: thread line %d %q kept", c.name, i, l)
			}
		}
	}
}
