package clean

import "strings"

// A site's tag cloud or list of its search keywords, flattened, is one line
// of many short items between one separator ("slow traveler | minimalist |
// vegan | mindful | ...", "Sie suchen: Werbeagentur Düsseldorf /
// Werbeagentur Berlin / ..."). The story detector keeps such a line where
// it stands among the story's paragraphs, for its length. A story's own
// lines with separators hold fewer items (a product's specs, "HMO | PPO |
// EPO | POS", a source list of four) or long ones (a list of titles).

// Limits of a tag list (isTagList).
const (
	minTagListItems = 8 // items between one separator
	maxTagItemWords = 4 // words of an item most items do not exceed
)

// tagListSeps are the separators a tag list prints between its items.
var tagListSeps = [...]string{" | ", " / ", " • ", " · "}

// isTagList reports whether line s is a tag list: at least
// minTagListItems items between one of tagListSeps, more than half of them
// of at most maxTagItemWords words. On WCXB's train split every line of 8
// items or more between one of these separators (6 lines on 5 article
// pages' flattened text) is left out of the gold, and the text path's
// output on the pipeline cross-validation kept 2 of them (130 words, 5
// must-not snippets); with 6 items the output's lines held 96 gold words
// (a laptop's specs) against 85.
func isTagList(s string) bool {
	for _, sep := range tagListSeps {
		// Each separator holds the last byte of its mark (before its
		// closing space) once, so a line with too few of those bytes,
		// counted by the fast one-byte Count, has too few separators:
		// most lines are rejected without the three-byte search.
		mark := sep[len(sep)-2 : len(sep)-1]
		if strings.Count(s, mark)+1 < minTagListItems || strings.Count(s, sep)+1 < minTagListItems {
			continue
		}
		items, short := 0, 0
		for item := range strings.SplitSeq(s, sep) {
			items++
			if !hasWords(item, maxTagItemWords+1) {
				short++
			}
		}
		if 2*short > items {
			return true
		}
	}
	return false
}
