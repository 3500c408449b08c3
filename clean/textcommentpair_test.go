package clean

import (
	"strings"
	"testing"
)

// pairComment returns one comment of a two-comment thread: the reader's
// name, the head line under it (a date, an age, or nothing when the name
// line is an author line), the comment and, when reply is set, its
// "Reply" button.
func pairComment(name, stamp, word string, reply bool) []string {
	out := []string{name}
	if stamp != "" {
		out = append(out, stamp)
	}
	out = append(out, "Comment"+word+" I liked the part about the ferry, it reminded me of my own trips across the bay.")
	if reply {
		out = append(out, "Reply")
	}
	return out
}

// joinLines concatenates runs of lines.
func joinLines(runs ...[]string) []string {
	var out []string
	for _, r := range runs {
		out = append(out, r...)
	}
	return out
}

func TestDropMarkedThread(t *testing.T) {
	martha := pairComment("Martha Quill", "March 5, 2024 at 4:15 pm", "A", true)
	tom := pairComment("Tom Reyes", "March 6, 2024 at 9:02 am", "B", true)
	// a story that quotes two people under a heading, a date in each
	// one's line, and goes on
	quoted := []string{"Reactions", "Jane Roe, harbour master", "March 3, 2024",
		"QuoteA We are glad to see the ferry back, and the crews worked through the winter to do it.",
		"Harry Poe, ferry operator", "March 4, 2024",
		"QuoteB The new engines will let us keep the timetable when the autumn gales come in."}
	// an interview: two speakers over their words, twice each
	var interview []string
	for i := range 4 {
		interview = append(interview, []string{"Jane Roe says:", "Harry Poe says:"}[i%2], "Answer"+para)
	}
	for _, c := range []struct {
		name  string
		lines []string
		want  string // the first word of the first line labelled a comment, "" for none
	}{
		{"two comments under a count", joinLines(storyLines(8), []string{"2 Comments"}, martha, tom, []string{"About us"}), "2"},
		{"under a heading with the count after it", joinLines(storyLines(8), []string{"Comments (2)"}, martha, tom), "Comments"},
		{"over a comment form, stamped by age", joinLines(storyLines(8),
			pairComment("Doug Clow", "8d", "A", true), []string{"Share"}, pairComment("paul wolfson", "17h", "B", true),
			[]string{"Leave a Reply"}), "Doug"},
		{"author lines", joinLines(storyLines(8), []string{"2 thoughts on “The harbour ferry”"},
			pairComment("Kathy Owen says:", "", "A", true), pairComment("Sam Lee says:", "March 6, 2024 at 9:02 am", "B", true)), "2"},
		{"leave alone: no mark", joinLines(storyLines(8), martha, tom), ""},
		{"leave alone: no Reply buttons", joinLines(storyLines(8), []string{"2 Comments"},
			pairComment("Martha Quill", "March 5, 2024 at 4:15 pm", "A", false), pairComment("Tom Reyes", "March 6, 2024 at 9:02 am", "B", false)), ""},
		{"leave alone: one comment", joinLines(storyLines(8), []string{"1 Comment"}, martha, []string{"Leave a Reply"}), ""},
		{"leave alone: quoted speakers with dates", joinLines(storyLines(8), quoted, storyLines(4)), ""},
		{"leave alone: an interview", joinLines(storyLines(8), []string{"Comments"}, interview), ""},
		{"leave alone: a short first post, a forum's replies", joinLines(storyLines(1), []string{"2 Comments"}, martha, tom), ""},
		{"leave alone: more story below", joinLines(storyLines(6), []string{"2 Comments"}, martha, tom, storyLines(8)), ""},
	} {
		p, shapes := textTestPage(c.lines)
		drop := make([]bool, len(p.blocks))
		p.dropMarkedThread(drop, shapes)
		got := firstCommentDropped(p, drop)
		if got != c.want {
			t.Errorf("%s: first labelled a comment %q, want %q", c.name, got, c.want)
		}
		for i, l := range c.lines {
			inThread := strings.HasPrefix(l, "Comment") || l == "Reply" || strings.Contains(l, ", 2024 at ")
			switch {
			case drop[i] && (strings.HasPrefix(l, "Story") || strings.HasPrefix(l, "About")):
				t.Errorf("%s: line %d %q dropped", c.name, i, l)
			case c.want != "" && inThread && !drop[i]:
				t.Errorf("%s: thread line %d %q kept", c.name, i, l)
			case c.want == "" && drop[i]:
				t.Errorf("%s: line %d %q dropped", c.name, i, l)
			}
		}
	}
}

func TestIsThreadHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"2 Comments": true, "Comments (2)": true, "Comments": true, "2 thoughts on “The harbour ferry”": true,
		"Discussion about this post": true, "3 Kommentare": true, "Reacties:": true,
		"Comments are closed.": false, "2 comments from readers we liked": false, "Leave a Reply": false,
		"(2)": false, "12 ferries": false,
	} {
		if got := isThreadHeading(s); got != want {
			t.Errorf("isThreadHeading(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsAgeStamp(t *testing.T) {
	for s, want := range map[string]bool{
		"8d": true, "17h": true, "2mo": true, " 3w ": true,
		"8": false, "d": false, "123d": false, "8 days": false, "24h news": false, "8km": false,
	} {
		if got := isAgeStamp(s); got != want {
			t.Errorf("isAgeStamp(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCommentHeadNeedsName(t *testing.T) {
	// a comment's date right under the story's last paragraph has no name
	// line over it: not a head
	lines := append(storyLines(2), "March 5, 2024 at 4:15 pm")
	p, shapes := textTestPage(lines)
	if _, ok := p.commentHeadAt(2, 0, shapes); ok {
		t.Errorf("a date under a paragraph read as a comment's head")
	}
}
