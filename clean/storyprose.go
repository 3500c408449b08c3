package clean

import "github.com/newsclean/newsclean/internal/htmldoc"

// minStoryProseScore is the least score of the story detector's a block
// keepStoryProse takes back: a block it is sure of is left out (an ad
// for a product set among the story's paragraphs scores near 0). Train's
// pipeline cross-validation: no floor, 0.10 and 0.25 gave articles' F1
// 0.9552, 0.9552, 0.9551, must-not 2.27%, 2.23%, 2.23%, all pages 0.8356,
// 0.8357, 0.8362.
const minStoryProseScore = 0.25

// keepStoryProse keeps, on an HTML page, the paragraphs of prose the story
// detector dropped (drop[i] set) inside the story: between the first and
// the last block it keeps in the story's root element (storyRoot: the
// deepest element around most of the kept prose), inside that element,
// with few links (isLinkLightProse), visible and outside navigation,
// asides, footers, forms and figures (storyProseBlock), and scored
// at least minStoryProseScore (scores[modelAt(i)]). fillStoryGaps
// takes back a block between two kept siblings; a story whose
// paragraphs sit in sections, cards or wrappers of their own (a guide's
// entries, a review's criteria, a newsletter's parts) has its prose
// between kept blocks of other parents, and the detector, which scores
// each block on its own, drops some of them. Furniture written as prose
// inside the story (a pitch, a bio, a disclosure) is labelled by the
// stages that read text, before this one or after it (dropCallsToAct
// reads dropped blocks too). Chosen on WCXB's train split by its
// site-grouped pipeline cross-validation (internal/train -pipecv-html,
// threshold 0.45): articles' F1 0.9545 -> 0.9551 (recall 0.9740 ->
// 0.9758; the census's gold words lost in paragraphs between kept blocks
// 4,576 -> 2,490), must-not snippets kept 2.19% -> 2.23% (one snippet),
// all pages 0.8351 -> 0.8362.
func (p *Page) keepStoryProse(drop []bool, scores []float32) {
	root := p.storyRoot(drop)
	if root == nil {
		return
	}
	first, last := -1, -1
	for i := range p.blocks {
		if b := p.keptBlock(i, drop); b != nil && within(b.Node, root) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for j := first + 1; j < last; j++ {
		at := p.modelAt(j)
		if drop[j] && p.free(j) && at >= 0 && at < len(scores) && scores[at] >= minStoryProseScore && storyProseBlock(p.walkerBlock(j)) && within(p.walkerBlock(j).Node, root) {
			drop[j] = false
		}
	}
}

// storyProseBlock reports whether walker block b reads as a story's
// paragraph wherever it sits: prose with few links, visible, outside
// navigation, asides, footers, forms and figures.
func storyProseBlock(b *htmldoc.Block) bool {
	return b != nil && b.Node != nil && !b.Hidden && !b.InNav && !b.InAside && !b.InFooter && !b.InForm && !b.InFigure &&
		isLinkLightProse(b)
}
