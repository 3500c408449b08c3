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
// and the story's second paragraph of prose ([Page.headNameLines]: a
// person's name alone) whose next line is a table of contents' label
// ([contentsLabel]), none of whose words the page writes in lower case
// and which no reviewer's label stands over, and the name; or -1 and "".
// Two different names over such labels give none.
func (p *Page) headContentsNameAt(t int, lw *lowerWords) (int, string) {
	if t < 0 {
		return -1, ""
	}
	at, name := -1, ""
	for _, i := range p.headNameLines(t) {
		if i+1 >= len(p.blocks) || !contentsLabel(p.blocks[i+1].Text) {
			continue
		}
		n := strings.TrimSpace(p.blocks[i].Text)
		if underReviewer(p.blocks, i) || p.writesLower(n, lw) {
			continue
		}
		if at >= 0 && n != name {
			return -1, "" // two people over the table: no one byline
		}
		if at < 0 {
			at, name = i, n
		}
	}
	return at, name
}
