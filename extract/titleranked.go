package extract

import (
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// rankedOutTitleRule names the removal of a Title block whose text the
// page's title ranker passed over for another title.
const rankedOutTitleRule = "title/ranked-out"

// keepRankedOutTitle records in a.Removed the blocks placed as the title
// (placed[i] == "title") when the title ranker's choice, which replaced
// their text as a.Title, is another headline and not theirs cleaned (the
// same words without the site's name, a case or a mark: one holds the
// other once folded). Without it their text would be in neither the
// article nor Removed. Each record goes in before the first one of a later line
// (Removed is in page order); one pass over the blocks and one merge.
func keepRankedOutTitle(a *Article, blocks []clean.Block, placed []string, old, ranked string) {
	ko, kr := cleanSquash(old), cleanSquash(ranked)
	if ko == "" || strings.Contains(kr, ko) || strings.Contains(ko, kr) {
		return
	}
	var out []Removed
	for i := range blocks {
		if i < len(placed) && placed[i] == "title" {
			b := &blocks[i]
			out = append(out, Removed{Kind: b.Kind, Rule: rankedOutTitleRule, Line: b.Line, Text: b.Text})
		}
	}
	if len(out) == 0 {
		return
	}
	merged := make([]Removed, 0, len(a.Removed)+len(out))
	j := 0
	for _, r := range a.Removed {
		for j < len(out) && out[j].Line < r.Line {
			merged = append(merged, out[j])
			j++
		}
		merged = append(merged, r)
	}
	a.Removed = append(merged, out[j:]...)
}
