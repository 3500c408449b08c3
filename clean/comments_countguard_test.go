package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestMayBeCommentCount: mayBeCommentCount lets through every line
// commentCount matches, over made-up counts (after marks and runes past
// ASCII, each word in any case, both forms) and the corpus's lines;
// dated lines and lines with no digit are turned down.
func TestMayBeCommentCount(t *testing.T) {
	heads := []string{"", "— ", "» ", "💬 ", "(", "ſ", "March ", "x", "_"}
	words := []string{"3 comments", "12 Responses", "1 REPLIES", "7 reactions", "Comments (12)", "COMMENT (1)", "comments", "3", "No comments"}
	ends := []string{"", ":", " »", " ›", "!", " x", "…"}
	lines := append(guardLines(20000, heads, words, ends), testkit.CorpusLines(t)...)
	checkGuard(t, "commentCount", lines, mayBeCommentCount, commentCount.lazyRegexp.MatchString, 2000)
	for s, want := range map[string]bool{
		"March 3, 2024":     false,
		"Comments":          false,
		"— 10 comments:":    true,
		"» Comments (12)":   true,
		"Share 4 Responses": false,
		"3 min read":        false,
		"2024 in review":    false,
		"12 replies":        true,
	} {
		if got := mayBeCommentCount(s); got != want {
			t.Errorf("mayBeCommentCount(%q) = %v, want %v", s, got, want)
		}
	}
}
