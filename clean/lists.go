package clean

import "github.com/newsclean/newsclean/clean/internal/dateparse"

// listHeaders are the headers of lists of other stories, and navigation
// words, by kind (words/lists.txt).
var listHeaders = mustWordList("words/lists.txt")

// listHeaderEdges rejects most lines before they are looked up in
// listHeaders.
var listHeaderEdges = newFoldEdges(listHeaders)

// maxHeader is the longest line looked up in listHeaders.
const maxHeader = 40

// detectLists labels list headers and the lists under them, then runs of
// dated headlines that no header introduced.
func (p *Page) detectLists() {
	for i := 0; i < len(p.blocks); {
		i = p.listHeader(i)
	}
	p.detectHeadlineRuns()
}

// listHeader labels free block i when it is a list header, and the list
// under a related or latest header. It returns the index after what it
// labelled: i+1 when block i is no header.
func (p *Page) listHeader(i int) int {
	if !p.free(i) || len(p.blocks[i].Text) > maxHeader {
		return i + 1
	}
	if listHeaderEdges.rejects(p.blocks[i].Text) {
		return i + 1
	}
	k, ok := lookupKey(listHeaders, p.blocks[i].Text)
	if !ok {
		return i + 1
	}
	p.labelAs(i, k, "generic/"+string(k))
	if k == Related || k == Latest {
		return p.labelList(i+1, k, "generic/"+string(k))
	}
	return i + 1
}

// labelList labels the list that starts at block i: headlines and the dates
// between them, up to the first block that reads otherwise or, under a
// latest header in the page's first maxHead blocks, the story's own
// headline ([Page.signedStoryHead]; a related list's items, teasers under
// their bylines, read as they would). It returns the index after the list.
func (p *Page) labelList(i int, k Kind, rule string) int {
	for n := 0; i < len(p.blocks) && n < 400; i, n = i+1, n+1 {
		t := p.blocks[i].Text
		// isHeadline first: it is a few byte checks and most list lines
		// pass it; isStamp lexes the line.
		if !p.free(i) || !(isHeadline(t) || isStamp(t)) || k == Latest && i < maxHead && p.signedStoryHead(i) {
			break
		}
		if len(t) <= maxHeader && !listHeaderEdges.rejects(t) {
			if _, header := lookupKey(listHeaders, t); header {
				break
			}
		}
		p.labelAs(i, k, rule)
	}
	return i
}

// isStamp reports whether a line is only a date and/or a time.
func isStamp(s string) bool {
	if len(s) > 80 {
		return false
	}
	if _, _, ok := dateparse.DateLine(s); ok {
		return true // most stamps: read before TimeOnly lexes the line too
	}
	return dateparse.TimeOnly(s)
}

// maxItemLines is the most lines a list item may have between two dates.
const maxItemLines = 3

// detectHeadlineRuns finds runs of dates or times that alternate with short
// headline lines (a sidebar or a "latest" list flattened into the text) and
// labels each run, with its headlines, as one list.
func (p *Page) detectHeadlineRuns() {
	var stamps []int
	for i := range p.blocks {
		if p.free(i) && isStamp(p.blocks[i].Text) {
			stamps = append(stamps, i)
		}
	}
	for s := 0; s < len(stamps); {
		e := s // the run is stamps[s..e]
		gap := 0
		for e+1 < len(stamps) && p.itemBetween(stamps[e], stamps[e+1]) {
			gap = max(gap, stamps[e+1]-stamps[e]-1)
			e++
		}
		if p.isRun(stamps[s], e-s+1) {
			p.labelRun(stamps[s], stamps[e], max(gap, 1))
		}
		s = e + 1
	}
}

// itemBetween reports whether the blocks strictly between stamps a and b
// form one list item: at most maxItemLines free headline-like lines.
func (p *Page) itemBetween(a, b int) bool {
	if b-a-1 > maxItemLines {
		return false
	}
	for i := a + 1; i < b; i++ {
		if !p.free(i) || !isHeadline(p.blocks[i].Text) {
			return false
		}
	}
	return true
}

// isRun reports whether n stamps, the first at block a, make a list: three
// or more, or two under a list header.
func (p *Page) isRun(a, n int) bool {
	if n >= 3 {
		return true
	}
	if n < 2 {
		return false
	}
	for i := a - 1; i >= 0 && i >= a-maxItemLines-1; i-- {
		if k := p.blocks[i].Kind; k == Related || k == Latest || k == Nav {
			return true
		}
	}
	return false
}

// labelRun labels the stamps from a to b, the items between them, and the
// item that belongs to the first or the last stamp: the free headline lines
// just before a (headline, then date) or just after b (date, then headline).
func (p *Page) labelRun(a, b, gap int) {
	pre, post := 0, 0
	for i := a - 1; i >= 0 && pre < gap && p.free(i) && isHeadline(p.blocks[i].Text); i-- {
		pre++
	}
	for i := b + 1; i < len(p.blocks) && post < gap && p.free(i) && isHeadline(p.blocks[i].Text); i++ {
		post++
	}
	switch {
	case pre > 0 && post > 0:
		// Both sides have headline lines: the item belongs where the gap
		// between the run and its header is (the header is labelled).
		if a-pre-1 >= 0 && p.blocks[a-pre-1].Kind != "" {
			post = 0
		} else {
			pre = 0
		}
	}
	k, rule := HeadlineList, "generic/headline-list"
	if h := a - pre - 1; h >= 0 {
		if hk := p.blocks[h].Kind; hk == Related || hk == Latest {
			k, rule = hk, p.blocks[h].Rule
		}
	}
	for i := a - pre; i <= b+post; i++ {
		p.labelAs(i, k, rule)
	}
}
