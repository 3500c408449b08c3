package extract

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/clean"
)

// rankedOutTitleRule names the removal of a Title block whose text the
// page's title ranker passed over for another title.
const rankedOutTitleRule = "title/ranked-out"

// placeTitle places the headline's block i, the first block labelled
// Title: its text is the title, unless the page's title ranker chose one
// (an HTML page's [clean.Result].Title, as.ranked). Then the ranker's
// choice, already without the site's name, is the title, and the block
// stays "title" where it prints that headline (the same whole words, with
// the site's name, in another case or with a mark: [sameHeadline]); a
// block the ranker passed over for another headline goes to Removed (rule
// title/ranked-out) and the function reports "". Either way the block marks where the page's head
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

// laterRankedHeadline reports whether Title block i, below a first
// headline block the ranker passed over (removed as title/ranked-out),
// prints the ranker's title ([sameHeadline]): the first such block is the
// headline after all ("Sign in to add this item" in an h1 above the
// story's own h1), and it marks where the page's head is (titleAt).
func (as *assembler) laterRankedHeadline(i int, b *clean.Block) bool {
	if as.ranked == "" || as.ruleOf[as.titleAt] != rankedOutTitleRule || !sameHeadline(b.Text, as.ranked) {
		return false
	}
	as.sinceTitle, as.titleAt = 0, i
	return true
}

// sameHeadline reports whether a block's headline and the ranker's title
// are one headline: the words of the one ([headlineWords]) are a run of
// whole words of the other, as when the block adds the site's name
// ("Headline | Site") or differs in case, marks or soft hyphens. A word
// inside another word is no match ("Sport" in "Transport minister
// quits"), nor is a text with no letter or digit, on either side.
func sameHeadline(block, ranked string) bool {
	kb, kr := headlineWords(block), headlineWords(ranked)
	return kb != "" && kr != "" && (strings.Contains(kr, kb) || strings.Contains(kb, kr))
}

// headlineWords folds s for sameHeadline: its runs of letters and digits
// in lower case, format characters (a soft hyphen, a zero-width joiner)
// dropped, each run between single spaces (" harbour board "), so that a
// substring match is one of whole words; "" when s holds no letter or digit.
func headlineWords(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	inWord := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) && inWord:
			if !inWord {
				b.WriteByte(' ')
				inWord = true
			}
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Cf, r):
			// a format character joins what stands either side
		default:
			inWord = false
		}
	}
	if b.Len() == 0 {
		return ""
	}
	b.WriteByte(' ')
	return b.String()
}
