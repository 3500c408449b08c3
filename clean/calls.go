package clean

import (
	"strings"
)

// maxCallWords is the longest block, in words, read as a call to act or a
// disclosure: a story's paragraph that mentions a newsletter is longer.
const maxCallWords = 30

// disclosure matches an affiliate or sponsorship disclosure ("We may earn a
// commission when you buy through links on our site").
var disclosure = lazyCompile(`(?i)\b(?:affiliate (?:commissions?|partners?|programs?)|(?:contains?|through|via|uses?) (?:our )?affiliate links|earns? (?:a |an )?(?:small )?(?:affiliate )?commissions?|from qualifying purchases|may be compensated|chosen independently by our editors)\b`)

// newsletterCall matches a call to sign up for a newsletter or updates by
// email ("Subscribe to get the latest posts sent to your email", "Join our
// mailing list!").
var newsletterCall = lazyCompile(`(?i)^\W*(?:click here to |click to )?(?:subscribe|sign up|signup|join|get|receive|want)\b.{0,100}\b(?:newsletters?|mailing list|inbox|e-?mail updates|to your e-?mail)\b`)

// dropCallsToAct drops, on an HTML page, the short blocks the story
// detector keeps that are an affiliate disclosure or a call to sign up for
// a newsletter: furniture written as a sentence, which the detector's
// prose features read as story, at the story's head or tail or between
// its paragraphs.
func (p *Page) dropCallsToAct(drop []bool) {
	for i := range p.blocks {
		if drop[i] || !p.free(i) {
			continue
		}
		text := p.blocks[i].Text
		if len(text) > 400 || len(strings.Fields(text)) > maxCallWords {
			continue
		}
		switch {
		case newsletterCall.MatchString(text):
			p.labelAs(i, Subscribe, "model/html-call")
		case disclosure.MatchString(text):
			p.labelAs(i, Other, "model/html-disclosure")
		default:
			continue
		}
		drop[i] = true
	}
}
