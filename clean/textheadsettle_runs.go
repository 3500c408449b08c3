package clean

// settleHeadlineRuns labels the runs of dated headlines (see
// detectHeadlineRuns) that a second pass over the text output would find
// among the lines the output keeps. The lists stage looks for a run among
// the free lines of the page, and a line some stage labelled between two
// items (a "Fact Check" tag the story detector took out, a date line the
// dates stage took) breaks the run; the output leaves such lines out, and
// on the second pass the stamps and headlines stand together. The walk
// here is over the lines the output prints in the body, in page order (the
// headline and the dateline aside: the output prints them at the top), a
// paragraph joined from hard-wrapped lines counting as a line that is no
// item. List headers are never printed, so a run needs three stamps here
// (isRun's two under a header do not arise), and where headline lines
// stand on both sides of a run its item is the one after the last stamp
// (the line above the first item is kept, as labelRun reads it).
func (p *Page) settleHeadlineRuns() {
	var view []int   // the blocks printed in the body, each at the head of its paragraph
	var stamps []int // positions in view of the stamp lines
	for i := range p.blocks {
		if !inBody(p.blocks[i].Kind) || p.joinedAbove(i) {
			continue
		}
		if p.free(i) && p.alone(i) && isStamp(p.blocks[i].Text) {
			stamps = append(stamps, len(view))
		}
		view = append(view, i)
	}
	item := func(k int) bool { // view[k] can be a line of a list item
		i := view[k]
		return p.free(i) && p.alone(i) && isHeadline(p.blocks[i].Text)
	}
	for s := 0; s < len(stamps); {
		e, gap := s, 0 // the run is stamps[s..e]
		for e+1 < len(stamps) && itemsBetween(stamps[e], stamps[e+1], item) {
			gap = max(gap, stamps[e+1]-stamps[e]-1)
			e++
		}
		if e-s+1 >= 3 {
			gap = max(gap, 1)
			post := 0
			for k := stamps[e] + 1; k < len(view) && post < gap && item(k); k++ {
				post++
			}
			pre := 0
			if post == 0 {
				for k := stamps[s] - 1; k >= 0 && pre < gap && item(k); k-- {
					pre++
				}
			}
			for k := stamps[s] - pre; k <= stamps[e]+post; k++ {
				p.labelAs(view[k], HeadlineList, "generic/headline-list")
			}
		}
		s = e + 1
	}
}

// alone reports whether block i is printed as a paragraph of one line: no
// hard-wrapped line under it is joined to it.
func (p *Page) alone(i int) bool {
	return i+1 >= len(p.blocks) || !inBody(p.blocks[i+1].Kind) || !p.joinedAbove(i+1)
}

// itemsBetween reports whether the lines strictly between view positions
// a and b make one list item: at most maxItemLines lines, each item(k).
func itemsBetween(a, b int, item func(int) bool) bool {
	if b-a-1 > maxItemLines {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !item(k) {
			return false
		}
	}
	return true
}
