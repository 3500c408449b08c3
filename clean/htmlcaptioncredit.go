package clean

import (
	"strings"
	"unicode/utf8"
)

// creditTail matches the photo credit closing a caption in the forms
// photoCredit leaves ("... | Photo by Jane Doe", "... Photo: Jane Doe",
// "Getty Images / Jane Doe", "Image credit: Acme"): a credit word after a
// bar, a dash or a sentence's end, or opening the line, then a name.
var creditTail = lazyCompile(`(?:^|` + creditSeps + `)` + creditRest)

// creditTailInner is creditTail without the line's start: for the end of a
// longer line (captionCreditAt).
var creditTailInner = lazyCompile(`(?:` + creditSeps + `)` + creditRest)

// creditSeps and creditRest are creditTail's parts: what stands before
// the credit word inside a line, and the credit to the line's end.
const (
	creditSeps = `[|•]\s*|\s[–—-]\s+|[.!?)]\s+`
	creditRest = `(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Ii]mages?|IMAGES?|[Pp]icture|[Cc]redit|CREDIT|[Ff]oto|[Ii]llustration)(?:\s+(?:by|BY|courtesy(?: of)?|credit)|\s*:)\s*\S[^|.!?]{0,60}$|(?i:getty images|shutterstock|istock)\s*/\s*[^/|]{1,40}$`
)

// creditWindow is how many runes from a line's end captionCreditAt is
// given: more than creditTail's longest match (about 90 runes), so the
// answer is the whole line's, and an unanchored match costs the window,
// not the line.
const creditWindow = 120

// creditEnd returns the last creditWindow runes of t.
func creditEnd(t string) string {
	start, n := len(t), 0
	for start > 0 && n < creditWindow {
		_, size := utf8.DecodeLastRuneInString(t[:start])
		start -= size
		n++
	}
	return t[start:]
}

// creditWords hold a piece of every credit word creditTail reads (a stock
// agency's credit has a "/" instead). A line with none of them is turned
// down before the pattern, which costs far more.
var creditWords = newLiteralSet("oto", "OTO", "mage", "MAGE", "icture", "redit", "REDIT", "llustration")

// captionCreditAt reports whether w, the end of a line (the whole line when
// whole), matches creditTail.
func captionCreditAt(w string, whole bool) bool {
	switch {
	case !strings.Contains(w, "/") && !creditWords.holdsAny(w):
		return false
	case whole:
		return creditTail.MatchString(w)
	}
	return creditTailInner.MatchString(w)
}

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
		if hasWords(t, maxCaptionWords+1) || p.proseAt(i) {
			continue
		}
		if w := creditEnd(t); captionCreditAt(w, len(w) == len(t)) && !isByline(t) {
			drop[i] = true
			p.labelAs(i, Caption, "model/html-credit")
		}
	}
}
