package extract

import (
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// rankedOutTitleRule names the removal of a Title block whose text the
// page's title ranker passed over for another title.
const rankedOutTitleRule = "title/ranked-out"

// placeTitle places the headline's block i, the first block labelled
// Title: its text is the title, unless the page's title ranker chose one
// (an HTML page's [clean.Result].Title, as.ranked). Then the ranker's
// choice, already without the site's name, is the title, and the block
// stays "title" where it prints that headline (its text cleaned: the
// same words with the site's name, in another case or with a mark, one
// holding the other once folded); a block the ranker passed over for
// another headline goes to Removed (rule title/ranked-out) and the
// function reports "". Either way the block marks where the page's head
// is (titleAt).
func (as *assembler) placeTitle(i int, b *clean.Block) string {
	as.sinceTitle, as.titleAt = 0, i // prose above the headline is not the story's head
	if as.ranked == "" {
		as.a.Title = b.Text
		return "title"
	}
	as.a.Title = as.ranked
	if !sameHeadline(b.Text, as.ranked) {
		as.setRule(i, rankedOutTitleRule)
		return ""
	}
	return "title"
}

// sameHeadline reports whether a block's headline and the ranker's title
// are one headline: the one holds the other once folded (a site's name, a
// case or a mark apart), or the block holds no letter or digit.
func sameHeadline(block, ranked string) bool {
	kb, kr := cleanSquash(block), cleanSquash(ranked)
	return kb == "" || strings.Contains(kr, kb) || strings.Contains(kb, kr)
}
