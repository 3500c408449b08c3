package clean

import "strings"

// cutTitleFull returns the headline that block t, a line cut short with
// an ellipsis, names in full at most trailLook blocks below it, or t: a
// site's trail or teaser prints the headline cut ("Newsroom / What Are
// the Latest Trends..." or "What Are the Latest Trends…" alone, a share
// strip between), and the page prints it whole under it ("What Are the
// Latest Trends in Care and How Will They Change It?"). The cut part
// (the trail's last label, [trailCutLabel]) must be three words or more
// and open the line below, case aside, and that line must be short
// ([maxShort]), no title trap, and end in no full stop ([endsFullStop]),
// closing quotes and brackets after it aside ([sentenceClosers]): a
// teaser's copy of the story's first sentence goes on to one, and is
// left; a long question is a headline here ([isProse] takes one of
// twelve words for a sentence). A few blocks' look-up.
func (p *Page) cutTitleFull(t int) int {
	cut, ok := trailCutLabel(strings.TrimSpace(p.blocks[t].Text))
	if !ok || wordCount(cut) < 3 {
		return t
	}
	stem := lowerLine(cut)
	for j := t + 1; j < len(p.blocks) && j <= t+trailLook; j++ {
		if !p.free(j) {
			continue
		}
		u := lowerLine(p.blocks[j].Text)
		if len(u) <= len(stem) || !strings.HasPrefix(u, stem) {
			continue
		}
		if s := strings.TrimSpace(p.blocks[j].Text); outLen(s, maxShort) <= maxShort && !endsFullStop(strings.TrimRight(s, sentenceClosers)) && !isTitleTrap(s) {
			return j
		}
	}
	return t
}

// sentenceClosers are the closing quotes and brackets a sentence may end
// in after its full stop ('... "a danger to anyone."', '„... gefährlich.“',
// '(... this year.)'), which [Page.cutTitleFull] passes over before it
// looks for the full stop.
const sentenceClosers = "\"'”’“‘»«›‹」』)]"
