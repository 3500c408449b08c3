package clean

import (
	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"golang.org/x/net/html"
)

// maxHeadWords is the longest block, in words, read as a line of the
// story's head (a date, reading time or credit line, or a deck).
const maxHeadWords = 60

// maxHeadFigures is how many kept figure blocks above the story are read as
// its photos' captions: more make a gallery or a run of quotes, which is
// the page's content.
const maxHeadFigures = 2

// maxDeckWords is the longest deck, in words.
const maxDeckWords = 45

// maxDeckGap is how many blocks below a deck its byline or date line is
// looked for.
const maxDeckGap = 8

// photoCredit matches a photo credit closing a caption ("... (Credit:
// iStock)", "... Getty Images", "(AP Photo/Jane Doe)", ".../Reuters"),
// behind mayEndInPhotoCredit.
var photoCredit = guardedRegexp{mayEndInPhotoCredit, lazyCompile(`(?i)(?:\((?:photo|image|credit|foto|bild)[^)]{0,60}\)|getty(?: images)?(?:/[\w ]{1,30})?|reuters|\bAP(?: Photo)?|associated press|shutterstock|istock(?:photo)?|afp|epa(?:-efe)?|submitted photo|file photo)\W{0,3}$`)}

// staffByline matches a byline without "By" that names the writer's post
// ("Jane Doe, AP Auto Writer", "Jane Doe and John Roe, Associated Press",
// "Jane Doe, Staff Reporter").
var staffByline = lazyCompile(`^\p{Lu}['’.\-\p{L}]*(?:\s+\p{Lu}['’.\-\p{L}]*){1,3}(?:,?\s+(?:and|&)\s+\p{Lu}['’.\-\p{L}]*(?:\s+\p{Lu}['’.\-\p{L}]*){1,3})?,\s+(?i:(?:the )?(?:associated press|ap|reuters|afp|dpa|bloomberg)(?:\s+[\p{L}]+){0,3}\s+(?:writer|reporter|correspondent|editor)|(?:the )?associated press|(?:senior |chief |contributing )?staff (?:writer|reporter))$`)

// trimStoryHead labels, on an HTML page, the blocks the story detector
// keeps above the story's first paragraph that are the story's head, not
// its text: the captions of its photos, lines that give a date with other words ("Posted by Jane Doe on
// May 4, 2025", "PUBLISHED: ... | UPDATED: ..."), a reading time, or a
// photo's credit, and, under the title, the standfirst printed outside the
// element that holds the story. The detector reads a date or a deck as
// story because it is near the story and reads like it; the gold bodies of
// both benchmarks leave them out. Lines that are only a date, and bylines,
// are left to the date and head detectors, which take them once the deck
// above them is labelled.
func (p *Page) trimStoryHead(drop []bool) {
	core, _ := p.storyCore(drop)
	if core == nil {
		return
	}
	title := titleIndex(p.blocks)
	// the head runs to the first kept prose block, or past the deck to
	// the one after it
	start := p.nextProse(title+1, drop)
	if title >= 0 && start < len(p.blocks) && p.labelDeck(start, core, drop) {
		start = p.nextProse(start+1, drop)
	}
	figures := 0
	for i := title + 1; i < start; i++ {
		if b := p.keptBlock(i, drop); b != nil && b.InFigure {
			figures++
		}
	}
	for i := title + 1; i < start; i++ {
		b := p.keptBlock(i, drop)
		if b == nil {
			continue
		}
		t := p.blocks[i].Text
		if b.InFigure && figures <= maxHeadFigures && !hasWords(t, maxHeadWords+1) {
			drop[i] = true
			p.labelAs(i, Caption, "model/html-head")
			continue
		}
		if !hasWords(t, 1) || hasWords(t, maxHeadWords+1) || p.proseAt(i) {
			continue
		}
		switch {
		case staffByline.MatchString(t):
			drop[i] = true
			p.labelAs(i, Byline, "model/html-head")
		case headMeta(t):
			drop[i] = true
			p.labelAs(i, Metadata, "model/html-head")
		case photoCredit.MatchString(t):
			drop[i] = true
			p.labelAs(i, Credit, "model/html-head")
		}
	}
}

// labelDeck labels block d, the first kept block of prose under the title,
// as the deck when it stands outside the story's element, is short, and a
// byline, date or reading-time line stands between it and the next kept
// prose: a standfirst, printed between the headline and the byline. A lede
// printed in an element of its own runs straight into the story, or has a
// photo between.
func (p *Page) labelDeck(d int, core *html.Node, drop []bool) bool {
	if within(p.walkerBlock(d).Node, core) || hasWords(p.blocks[d].Text, maxDeckWords+1) {
		return false
	}
	for i := d + 1; i < len(p.blocks) && i <= d+maxDeckGap; i++ {
		if p.keptBlock(i, drop) == nil {
			continue
		}
		if p.proseAt(i) {
			return false
		}
		if t := p.blocks[i].Text; isByline(t) || headMeta(t) || isDateLine(t) {
			drop[d] = true
			return p.labelAs(d, Deck, "model/html-head")
		}
	}
	return false
}

// nextProse returns the first block from i on that the story detector keeps
// and that reads as prose outside a figure (a caption), or len(p.blocks).
func (p *Page) nextProse(i int, drop []bool) int {
	for ; i < len(p.blocks); i++ {
		if b := p.keptBlock(i, drop); b != nil && !b.InFigure && p.proseAt(i) {
			return i
		}
	}
	return len(p.blocks)
}

// headMeta reports whether a short line of the story's head gives its date
// or reading time among other words: a line that is only a date, or a
// byline, is left to the detectors for those.
func headMeta(t string) bool {
	if len(t) > maxDateLine || isByline(t) {
		return false
	}
	if holdsReadTime(t) {
		return true
	}
	if _, _, ok := dateparse.DateLine(t); ok {
		return false
	}
	_, _, ok := findDateAfter(t, 8)
	return ok
}

// within reports whether node n is el or inside it (up to maxBoxLevels
// levels up).
func within(n, el *html.Node) bool {
	for up := 0; n != nil && up < maxBoxLevels; n, up = n.Parent, up+1 {
		if n == el {
			return true
		}
	}
	return false
}
