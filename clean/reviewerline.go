package clean

import "strings"

// reviewerAlone matches a line that is a reviewer's label and nothing
// else ("Reviewed By:", "Medically reviewed by", "Fact checked by",
// "Article reviewed by:"): the page prints the reviewer's name on the line
// under it. It is [reviewerFirst]'s label ([reviewerLead], [reviewerVerbs])
// with nothing after it. A line that does not end with "ed by", with or
// without a colon (mayEndCreditLabel), is turned down before the pattern.
var reviewerAlone = guardedRegexp{mayEndCreditLabel, lazyCompile(`(?i)^` + reviewerLead + `(?:` + reviewerVerbs + `)\s*by\s*:?$`)}

// maxReviewerLabel bounds the bytes of a reviewer's label alone on its line.
const maxReviewerLabel = 40

// labelReviewers labels a reviewer's label printed alone on its line
// ([reviewerAlone]) as metadata (rule "generic/reviewer"), and the name on
// the line under it when it reads as a person's name, with or without a
// degree ("Ana Lind, MD"). The reviewer is not the story's author, and the
// label alone is neither the story's text nor a name: left free, the label
// stayed in the body while the name under it went out as clutter. Only
// free blocks are labelled: a byline stage that read the two lines first
// keeps them.
func (p *Page) labelReviewers() {
	for i := range p.blocks {
		t := p.blocks[i].Text
		if len(t) > maxReviewerLabel || len(t) < 11 || !p.free(i) {
			continue
		}
		t = strings.TrimSpace(t)
		if c := t[len(t)-1] | 0x20; c != ':' && c != 'y' || !reviewerAlone.MatchString(t) {
			continue // ':' | 0x20 is ':'; 'Y' | 0x20 is 'y'
		}
		p.labelAs(i, Metadata, "generic/reviewer")
		if j := i + 1; j < len(p.blocks) && p.free(j) {
			if n := strings.TrimSpace(p.blocks[j].Text); isPersonName(n) || nameWithRole(n) != "" {
				p.labelAs(j, Metadata, "generic/reviewer")
			}
		}
	}
}
