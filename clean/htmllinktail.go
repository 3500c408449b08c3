package clean

import "github.com/newsclean/newsclean/internal/htmldoc"

// maxLinkTailWords is the longest block, in words, read as a line of a
// list of links under the story (a headline, a heading over the list).
const maxLinkTailWords = 20

// minTailLinks is how many link lines make a list of links.
const minTailLinks = 2

// maxTailRun is the most kept blocks under the story read as its list of
// links: a longer list is the page's own (a listing's or a hub's links
// after its introduction).
const maxTailRun = 12

// minTailStory is the least the story's prose above a list of links
// weighs, in words: over a short introduction, the links are the page.
const minTailStory = 150

// tailLinkDensity is the least share of a block's text inside links for
// the block to read as a link line.
const tailLinkDensity = 0.8

// dropLinkTail labels as related, on an HTML page, the short blocks the
// story detector keeps under the story's last paragraph when most of them
// are links: the list of other stories a site prints under one ("Read
// This Next", "More in this series:", a row of headlines), with its
// heading. The list sits inside the story's element and its headlines
// read like the story's own headings, so the detector keeps them; the
// gold bodies leave them out. A block of more than maxLinkTailWords words
// under the story leaves the whole tail alone: the story may go on.
func (p *Page) dropLinkTail(drop []bool) {
	last, words := p.keptProse(drop, func(b *htmldoc.Block) bool { return b.LinkDensity < tailLinkDensity })
	if last < 0 || words < minTailStory {
		return
	}
	var run []int
	links := 0
	for i := last + 1; i < len(p.blocks); i++ {
		b := p.keptBlock(i, drop)
		if b == nil {
			continue
		}
		if hasWords(p.blocks[i].Text, maxLinkTailWords+1) {
			return
		}
		if run = append(run, i); len(run) > maxTailRun {
			return
		}
		if b.LinkDensity >= tailLinkDensity {
			links++
		}
	}
	if links < minTailLinks || 2*links < len(run) {
		return
	}
	for _, i := range run {
		drop[i] = true
		p.labelAs(i, Related, "model/html-linktail")
	}
}

// keptProse returns the last block the model keeps that reads as prose and
// that ok accepts, and the words of all such blocks; -1 and 0 when there
// are none. The steps that read what lies under the story start from it.
func (p *Page) keptProse(drop []bool, ok func(*htmldoc.Block) bool) (last, words int) {
	last = -1
	for i := range p.blocks {
		if b := p.keptBlock(i, drop); b != nil && ok(b) && p.proseAt(i) {
			last = i
			words += wordCount(p.blocks[i].Text)
		}
	}
	return last, words
}
