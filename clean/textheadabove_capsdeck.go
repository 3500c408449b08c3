package clean

import "strings"

// A headline's sub-headline printed in capitals under it ("Stone bridge
// reopens after two years" over "ENGINEERS SAY THE 1880 SPAN WILL CARRY
// BUSES AGAIN"): the line closest over the story is the sub-headline, and
// the mixed-case line over it the headline. A headline set in capitals is
// the page's first headline-shaped line, not one under a mixed-case line.

// minCapsDeckWords is the fewest words of a capitals line read as a
// sub-headline: a shorter one ("EXCLUSIVE", "WATCH NOW") is a label.
const minCapsDeckWords = 4

// minCapsHeadWords and maxCapsHeadWords bound the words of the mixed-case
// line over a capitals sub-headline read as its headline: a shorter one is
// as often the site's name or a section's, a longer one a teaser's blurb
// ("Reach more customers through ... Learn More" over "FEATURES FOR YOUR
// BUSINESS").
const (
	minCapsHeadWords = 4
	maxCapsHeadWords = 16
)

// capsDeckUnder reports whether lo, the headline-shaped line closest over
// the story, is a sub-headline in capitals under hi, a mixed-case
// headline-shaped line of minCapsHeadWords to maxCapsHeadWords words.
func capsDeckUnder(lo, hi string) bool {
	if n := wordCount(hi); n < minCapsHeadWords || n > maxCapsHeadWords {
		return false
	}
	return wordCount(lo) >= minCapsDeckWords && shouted(lo) && !shouted(hi)
}

// capsHeadingListed reports whether block t's letters, a capitals line,
// are those of a free line above it in another case: a section's heading
// that the page's list of its contents names ("Why should I negotiate?"
// in the list, "WHY SHOULD I NEGOTIATE?" over the section), not a
// sub-headline.
func (p *Page) capsHeadingListed(t int) bool {
	lo := p.blocks[t].Text
	for i := 0; i < t; i++ {
		if s := p.blocks[i].Text; len(s) == len(lo) && !shouted(s) && strings.EqualFold(s, lo) {
			return true
		}
	}
	return false
}
