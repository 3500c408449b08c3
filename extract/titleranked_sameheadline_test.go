package extract

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean"
)

// Shows: placeTitle's sameHeadline compares squashed text by substring, so a headline block whose words are not
// the ranker's title (a word inside another word: "Sport" in "Transport"; any block when the ranked title has no
// letter or digit) stays "title" while its text is in neither the article's title nor Removed.
func TestPlaceTitleSameHeadlineWords(t *testing.T) {
	for _, c := range []struct{ block, ranked string }{
		{"Sport", "Transport minister quits over rail fares"},
		{"News", "Newsom signs the harbour dredging bill"},
		{"Harbour board to dredge the north channel", "★ ★ ★"},
	} {
		res := &clean.Result{Blocks: []clean.Block{
			{Kind: clean.Nav, Line: 1, Text: "Home"},
			{Kind: clean.Title, Line: 2, Text: c.block},
			{Kind: clean.Body, Line: 3, Text: "The harbour board voted on Tuesday to dredge the north channel before the autumn storms."},
		}}
		a, placed := build(res, &Options{NoNormalize: true}, c.ranked)
		inTitle := strings.Contains(" "+strings.ToLower(a.Title)+" ", " "+strings.ToLower(c.block)+" ")
		inRemoved := false
		for _, r := range a.Removed {
			inRemoved = inRemoved || r.Text == c.block
		}
		if !inTitle && !inRemoved {
			t.Errorf("block %q with ranked title %q: placed %q, in neither the title %q nor Removed", c.block, c.ranked, placed[1], a.Title)
		}
	}
}

// sameHeadline still takes the ranker's title printed with the site's name,
// in capitals, with marks or with a soft hyphen inside a word.
func TestSameHeadlineAcceptsWholeWords(t *testing.T) {
	const ranked = "Home Repair Grants Open to Retired Owners"
	for _, block := range []string{
		"Home Repair Grants Open to Retired Owners | Harbour Times",
		"HOME REPAIR GRANTS OPEN TO RETIRED OWNERS!",
		"Home Re\u00adpair Grants Open to Re\u00adtired Owners",
		"Repair Grants Open",
	} {
		if !sameHeadline(block, ranked) {
			t.Errorf("sameHeadline(%q, %q) = false, want true", block, ranked)
		}
	}
	for _, c := range []struct{ block, ranked string }{{"Sport", "Transport minister quits"}, {"", ranked}, {ranked, "★ ★"}, {"★", ranked}} {
		if sameHeadline(c.block, c.ranked) {
			t.Errorf("sameHeadline(%q, %q) = true, want false", c.block, c.ranked)
		}
	}
}
