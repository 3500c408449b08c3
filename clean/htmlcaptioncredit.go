package clean

// creditTail matches the photo credit closing a caption in the forms
// photoCredit leaves ("... | Photo by Jane Doe", "... Photo: Jane Doe",
// "Getty Images / Jane Doe", "Image credit: Acme"): a credit word after a
// bar, a dash or a sentence's end, or opening the line, then a name.
var creditTail = lazyCompile(`(?:^|[|•]\s*|\s[–—-]\s+|[.!?)]\s+)(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Ii]mages?|IMAGES?|[Pp]icture|[Cc]redit|CREDIT|[Ff]oto|[Ii]llustration)(?:\s+(?:by|BY|courtesy(?: of)?|credit)|\s*:)\s*\S[^|.!?]{0,60}$|(?i:getty images|shutterstock|istock)\s*/\s*[^/|]{1,40}$`)

// dropCreditedCaptions labels as captions, on an HTML page, the short
// blocks the story detector keeps between the story's first and last
// paragraphs that end with a photo's credit ("Guests pick pastries. |
// Photo by Jane Doe", "Getty Images / Jane Doe"): a photo's caption set
// among the paragraphs, outside any figure, that reads as the story's
// text. A line that reads as prose (a sentence that ends as one) is left:
// the credit closes a caption, not a paragraph.
func (p *Page) dropCreditedCaptions(drop []bool) {
	first, last := -1, -1
	for i := range p.blocks {
		if b := p.keptBlock(i, drop); b != nil && isLinkLightProse(b) && p.proseAt(i) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := first + 1; i < last; i++ {
		if p.keptBlock(i, drop) == nil {
			continue
		}
		t := p.blocks[i].Text
		if hasWords(t, maxCaptionWords+1) || p.proseAt(i) || isByline(t) {
			continue
		}
		if photoCredit.MatchString(t) || creditTail.MatchString(t) {
			drop[i] = true
			p.labelAs(i, Caption, "model/html-credit")
		}
	}
}
