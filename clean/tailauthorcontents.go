package clean

import "strings"

// A writer's name printed alone in the story's head right over the label
// of the story's table of contents ("Jane Doe" over "Contents", "Table of
// Contents", "In this article") is the byline whose "By" the flattening
// lost: the table's label follows the head's last line, and the byline is
// where a page prints it ("By" over "Jane Doe" over "Table of Contents";
// "Written by" over "Jane Doe" over "Table of contents", on WCXB's train
// pages that print a label). A person the story is about, a product or a
// quote's speaker does not sit between the deck and the table's label.
// Read on flattened text only, where nothing else gave a byline, after
// the name printed twice ([Page.headNameTwiceAt]).

// headContentsNameAt returns the index of the one line between headline t
// and the story's second paragraph of prose that gives a person's name
// alone (the lines [Page.headNameLines] returns) whose next line is a
// table of contents' label ([contentsLabel]), none of whose words the
// page writes in lower case and which no reviewer's label stands over,
// and the name; or -1 and "". Two different names over such labels give
// none. The label is tested first: most heads have none.
func (p *Page) headContentsNameAt(t int, lw *lowerWords) (int, string) {
	if t < 0 {
		return -1, ""
	}
	at, name, end := -1, "", -1
	for i := t + 1; i+1 < len(p.blocks) && i <= t+maxTextHead; i++ {
		if next := p.blocks[i+1].Text; len(next) > 60 || !contentsLabel(next) {
			continue // the label first: the cheapest test, and most heads have none
		}
		s := strings.TrimSpace(p.blocks[i].Text)
		if !personShaped(s) || shouted(s) || notAuthorName(s) {
			continue
		}
		if end < 0 {
			end = p.secondProseAt(t)
		}
		if i >= end {
			break // past the story's second paragraph
		}
		if underReviewer(p.blocks, i) || p.writesLower(s, lw) {
			continue
		}
		if at >= 0 && s != name {
			return -1, "" // two people over the table: no one byline
		}
		if at < 0 {
			at, name = i, s
		}
	}
	return at, name
}

// secondProseAt returns the index of the story's second paragraph of
// prose under headline t, where [Page.headNameLines] stops (two
// different lines of 100 bytes or more, read as prose), or the index past
// the lines it reads.
func (p *Page) secondProseAt(t int) int {
	prose := ""
	for i := t + 1; i < len(p.blocks) && i <= t+maxTextHead; i++ {
		if s := strings.TrimSpace(p.blocks[i].Text); len(s) >= 100 && isProse(s) && s != prose {
			if prose != "" {
				return i
			}
			prose = s
		}
	}
	return t + maxTextHead + 1
}
