package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/blockfeat"
)

// appealRule is the rule of the lines isPromoAppeal reads.
const appealRule = "model/text-appeal"

// maxAppealWords is the longest line, in words, isPromoAppeal reads: a
// sponsor's blurb or a site's appeal of two or three sentences, as
// maxPitchWords.
const maxAppealWords = maxPitchWords

// termsApply matches a line that closes on the sentence "Terms apply." (or
// "*Terms apply"), the small print of an offer or a sponsor's deal
// ("Become a member this month and earn a $30 promo card. Terms apply."):
// a story's sentence about terms goes on ("Standard terms apply to every
// booking.") or writes "terms and conditions". Over every line of WCXB's
// train split, outside the gold on 4 sites and inside none.
var termsApply = lazyCompile(`(?:^|[.!?*)] )\*?Terms apply\.?\W{0,3}$`)

// donationHelps matches a donor's appeal that says what the reader's money
// does for the site ("Your contribution—whatever the size—helps us keep
// publishing", "Your donation helps us fund new research"): the reader's
// contribution, donation or gift, then "helps us", "helps keep" ... within
// the sentence. A story's "your support helps" is left alone: a
// newsletter's thanks to its readers, which the gold keeps at times. Over
// every line of WCXB's train split, outside the gold on 2 sites and inside
// none.
var donationHelps = lazyCompile(`(?i)\b(?:your|every|each) (?:contribution|donation|gift)\b[^.!?]{0,60}\bhelps? (?:us|keep|fund|sustain)\b`)

// helpUsKeep matches a site's plea to keep it going ("to help us keep
// bringing you the music you love", "helps us keep publishing"). Over
// every line of WCXB's train split, outside the gold on 2 sites and inside
// none.
var helpUsKeep = lazyCompile(`(?i)\bhelps? us keep (?:publishing|reporting|bringing you|writing|producing)\b`)

// isPromoAppeal reports whether a kept line of w words (at most
// maxAppealWords) is an offer's small print or an appeal for the site's
// upkeep (termsApply, donationHelps, helpUsKeep): the furniture of a
// sponsor's block or of a donation box set between a story's paragraphs,
// which reads to the story detector as one of them.
func isPromoAppeal(s string, w int) bool {
	if w == 0 || w > maxAppealWords {
		return false
	}
	if strings.Contains(s, "Terms apply") && termsApply.MatchString(s) {
		return true
	}
	if indexFoldASCII(s, "help") < 0 {
		return false
	}
	return indexFoldASCII(s, "us keep") >= 0 && helpUsKeep.MatchString(s) ||
		mayHoldFoldWord(s, donationWords) && donationHelps.MatchString(s)
}

// donationWords are the words donationHelps needs, one of them: a cheap
// test before it.
var donationWords = []string{"contribution", "donation", "gift"}

// dropPromoAppeals labels as Ad, on flattened text, the kept lines that
// are an offer's small print or a plea for the site's upkeep
// (isPromoAppeal) and stand inside the story: below a kept line of prose
// (blockfeat's IsProse) and above another, neither of them one itself. A
// line with no prose above it may be the only prose-like line near a
// shop's headline, which the head's steps go by (on a shop's page of the
// train split, taking it sent the title down into the product grid), and
// an appeal below the story is the tail steps' to weigh. It runs after the
// steps that weigh the kept prose (dropStoryEnd and the related list's
// and author's steps), so that a line it takes changes no cut of theirs.
func (p *Page) dropPromoAppeals(drop []bool, shapes []blockfeat.Shape) {
	var appeals []int
	first, last := -1, -1 // the first and last kept prose lines that are no appeal
	for i := range p.blocks {
		if !p.keptText(i, drop) {
			continue
		}
		if isPromoAppeal(p.blocks[i].Text, shapes[i].Words) {
			appeals = append(appeals, i)
			continue
		}
		if shapes[i].IsProse() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for _, i := range appeals {
		if first < i && i < last {
			drop[i] = p.labelAs(i, Ad, appealRule)
		}
	}
}
