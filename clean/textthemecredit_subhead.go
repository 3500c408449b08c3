package clean

import "strings"

// A story's subheading may open with a theme credit's words ("Powered by
// Hope", "Built by Neighbours"): a title-case line of a few words that
// poweredEngine reads as an engine's name by its shape. A footer's credit
// stands under the story or among the footer's lines, never between two of
// the story's paragraphs, and names no engine word (themeEngineWord), holds
// no © and no parts ("|", "·"): such a lone credit between kept prose stays
// in the body.

// minSubheadProseWords is the least words a kept line on either side of a
// lone credit holds for the credit to read as the story's subheading.
const minSubheadProseWords = 12

// maxSubheadGap is how many dropped lines, at most, the walk from a lone
// credit to the kept line above or below it passes over.
const maxSubheadGap = 2

// themeCreditRule is the rule siteFurnLine labels a theme credit and a
// notice of the site's rights with.
const themeCreditRule = "model/text-rights"

// loneShapeCredit reports whether s is a "Powered by" credit that
// isThemeCredit reads only by the shape of its one name (poweredEngine):
// one part, no © and no engine or theme word.
func loneShapeCredit(s string) bool {
	if strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "©") || strings.Contains(s, "·") ||
		strings.Contains(s, "•") || strings.Contains(s, ". ") {
		return false
	}
	return poweredEngine(s) && !themeEngineWord.MatchString(s)
}

// creditBetweenProse reports whether kept line i, a theme credit by its
// form, is a lone credit (loneShapeCredit) with a kept paragraph of story
// prose (a sentence of minSubheadProseWords words or more) as the nearest
// kept line above it and below it, passing over at most maxSubheadGap
// dropped lines each way.
func (p *Page) creditBetweenProse(i int, drop []bool) bool {
	if !loneShapeCredit(p.blocks[i].Text) {
		return false
	}
	return p.keptProseNear(i, drop, -1) && p.keptProseNear(i, drop, 1)
}

// keptProseNear reports whether the nearest kept line from i in direction
// dir (-1 up, 1 down), within maxSubheadGap+1 lines, is story prose: a
// sentence of minSubheadProseWords words or more.
func (p *Page) keptProseNear(i int, drop []bool, dir int) bool {
	for j, n := i+dir, 0; j >= 0 && j < len(p.blocks) && n <= maxSubheadGap; j, n = j+dir, n+1 {
		if !p.keptText(j, drop) {
			continue
		}
		t := p.blocks[j].Text
		return endsSentence(t) && hasWords(t, minSubheadProseWords)
	}
	return false
}
