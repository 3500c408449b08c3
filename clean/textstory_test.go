package clean

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// textTestPage makes a text page of the lines, no block labelled, with the
// lines' shapes.
func textTestPage(lines []string) (*Page, []blockfeat.Shape) {
	blocks := make([]Block, len(lines))
	for i, l := range lines {
		blocks[i] = Block{Text: l, Line: i + 1}
	}
	return newPage(blocks, strings.Join(lines, "\n"), nil, nil), blockfeat.Shapes(lines)
}

// storyLines returns n prose lines of the story, each opening with its
// number word.
func storyLines(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "Story" + string(rune('A'+i)) + para
	}
	return out
}

// thread returns a thread of n comments, each a name, a stamp and a
// comment, opened by a count line.
func thread(n int) []string {
	out := []string{"7 comments on “The harbour ferry”"}
	for i := 0; i < n; i++ {
		out = append(out, "Reader"+string(rune('A'+i)),
			"March 3, 2024 at 10:1"+string(rune('0'+i))+" pm",
			"Comment"+string(rune('A'+i))+" I liked the part about the ferry, it reminded me of my own trips across the bay.",
			"Reply")
	}
	return out
}

func TestDropCommentTail(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  string // the first word of the first dropped line, "" for none
	}{
		{"a thread below the story", append(append(storyLines(8), thread(4)...), "About us"), "7"},
		{"two comments are not a thread", append(storyLines(8), thread(2)...), ""},
		{"a short first post: a forum's replies", append(storyLines(1), thread(4)...), ""},
		{"more story after the run than before it", append(append(storyLines(8), thread(3)...), storyLines(10)...), ""},
		{"a live blog's times are not comment stamps", append(storyLines(8),
			"10:15", "UpdateA"+para, "10:32", "UpdateB"+para, "10:47", "UpdateC"+para), ""},
	} {
		p, shapes := textTestPage(c.lines)
		drop := make([]bool, len(p.blocks))
		drop[len(drop)-1] = strings.HasPrefix(c.lines[len(c.lines)-1], "About")
		p.dropCommentTail(drop, shapes)
		got := firstCommentDropped(p, drop)
		if got != c.want {
			t.Errorf("%s: first dropped %q, want %q", c.name, got, c.want)
		}
		if got != "" {
			for i, l := range c.lines {
				if strings.HasPrefix(l, "Story") && drop[i] {
					t.Errorf("%s: story line %d dropped", c.name, i)
				}
				if (strings.HasPrefix(l, "Comment") || strings.HasPrefix(l, "Reply")) && !drop[i] {
					t.Errorf("%s: thread line %d %q kept", c.name, i, l)
				}
			}
		}
	}
}

func TestIsCommentStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"December 18, 2025, 9:46 pm":       true,
		"July 31, 2018 at 2:41 pm":         true,
		"28/11/2025 at 7:16 pm":            true,
		"3 hours ago":                      true,
		"AmySeptember 11, 2008 at 2:06 PM": true,  // the commenter's name glued on
		"McAllister, 2:06 PM":              false, // a capital inside a name, no date
		"December 18, 2025":                false, // no time: a date line
		"10:45":                            false, // a time alone: a live blog's entry
		"The meeting on May 2, 2024 ran until 11:30 pm and after that everyone went home to sleep.": false,
	} {
		if got := isCommentStamp(s, blockfeat.ShapeOf(s)); got != want {
			t.Errorf("isCommentStamp(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDropTextCalls(t *testing.T) {
	lines := []string{
		"Get in touch", "Request a Quote →", "Subscribe now!", "You might also like:",
		"Leave a Reply Cancel reply", "Name *", "Save my name, email, and website in this browser for the next time I comment.",
		"Schreibe einen Kommentar", "Lire aussi", "Sign up for our weekly newsletter to get the best stories in your inbox.",
		"This post may contain affiliate links, which means we earn a commission at no cost to you.",
		"Related: How the tide tables are made",
		"Save this story", "Other related articles...", "What do you think?", "Share this article:", "Recently by Jane Doe",
		"You may also be interested in:", "Back to Blog", "Become a patron",
		// story lines that open with the same words
		"Get in touch with your inner child: a weekend of painting",
		"Subscribe", // kept: the detector dropped it already
		"Avoid SELECT *",
		"Contact us was the only button that worked on the old site, she said.",
		"Related articles are easy to find in the archive, the librarian told us last week.",
		"More in tech firms are hiring again, the survey found.",
		"What do you think happens next in the race for the city's mayor?",
	}
	p, shapes := textTestPage(lines)
	drop := make([]bool, len(lines))
	drop[21] = true
	p.dropTextCalls(drop, shapes)
	for i, l := range lines {
		want := i <= 19 || i == 21
		if drop[i] != want {
			t.Errorf("%q: dropped %v, want %v", l, drop[i], want)
		}
		if i != 21 && drop[i] && !strings.HasPrefix(p.blocks[i].Rule, "model/text-") {
			t.Errorf("%q: rule %q", l, p.blocks[i].Rule)
		}
	}
}

// firstCommentDropped returns the first word of the first block dropped as
// comments (commentsRule), or "" when none is.
func firstCommentDropped(p *Page, drop []bool) string {
	for i := range drop {
		if drop[i] && p.blocks[i].Rule == commentsRule {
			return strings.Fields(p.blocks[i].Text)[0]
		}
	}
	return ""
}
