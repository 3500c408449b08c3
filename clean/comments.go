package clean

import "regexp"

// commentHeader matches the line that opens a reader's comment: a name, a
// date with a time, and "said:", "says:" or "wrote:" ("Anna on May 2, 2024 at
// 4:47 pm said:"). Both the time and the verb are required: a story's "Ilham
// Aliyev said:" has no time, and a byline with a time has no verb.
var commentHeader = regexp.MustCompile(`(?i)^\p{L}[^\n]{0,60}?(?: on | at | \| | - )[^\n]{0,40}?\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+(?:said|says|wrote):?$`)

// minComments is how many comment headers make a comment thread.
const minComments = 2

// detectComments labels a thread of readers' comments: from the first of
// at least two comment headers to the next clutter that ends a story (or the
// end of the page), every free block is a comment, not the story.
func (p *page) detectComments() {
	first, n := -1, 0
	for i, b := range p.blocks {
		if p.free(i) && len(b.Text) <= 140 && commentHeader.MatchString(b.Text) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n < minComments {
		return
	}
	for i := first; i < len(p.blocks); i++ {
		if endsStory(p.blocks[i].Kind) {
			break
		}
		p.labelAs(i, Other, "generic/comments")
	}
}
