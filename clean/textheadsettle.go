package clean

import "strings"

// settleTextHead runs after every other stage on flattened text without an
// outlet rule, and takes out the date lines and bylines that the text
// head (textHead) would read if the article's text output were cleaned
// again. textHead reads the first date line and the first byline in a
// window under the headline that ends at the story's second paragraph, or
// maxTextHead lines down; the first pass reads it over every line of the
// page, the second over the lines the first kept. So a second date line
// or byline under the headline, and one that the clutter between pushed
// past maxTextHead lines, would be read on the second pass only.
//
// The window walked here is the second pass's: the lines kept in the
// article, in the order the output prints them after the headline (see
// below), to the second paragraph of prose or maxTextHead kept lines. A line taken here does not count, as it will
// not be there on the second pass. The first date line and byline found,
// where textHead found none, become the article's; a further one is
// clutter (kind Other, rule "generic/head-date", or a byline without
// names). A name printed alone next to a date line taken here is that
// line's byline, as textHeadBylines reads one.
//
// The output prints the headline first and then the kept lines in page
// order, so the walk takes the lines kept above the headline first, as the
// second pass reads them: right under it. And where the dateline stage,
// looking under the title it had then, split no dateline, the story's first
// paragraph gets its dateline split here (lateDateline), as the second
// pass's dateline stage would. A page without a headline has no head
// window, but its dateline is settled the same way: the dateline stage
// reads the top of the page with a headline or without. An outlet that
// only a fingerprint named has no rule on the second pass, which has no
// fingerprint: the window is read as on a page of no outlet (textHead does
// not read it on the first pass; the outlet's rule does).
func (p *Page) settleTextHead() {
	if p.in.doc != nil || p.ownPage() && p.outlet.From != "fingerprint" {
		return // (an outlet only a fingerprint names is none to the second pass)
	}
	t := titleIndex(p.blocks) // -1 without one: then only the dateline is settled
	s := p.headFound()
	s.model = p.modelOn()
	kept, story := 0, 0
	prev, prevKept, prevDate := -1, false, false // the last line walked, and what it was
	// The story's first paragraph as the dateline stage reads it (the
	// first line of prose, printedProse), and the last kept line walked.
	lead, last := -1, -1
	dateline := hasKind(p.blocks, Dateline)
	// The output prints the headline first, then the lines it keeps in
	// page order: those above the headline come right under it.
	for i := 0; i < len(p.blocks) && kept < maxTextHead; i++ {
		if i == t || !p.free(i) || p.joinedAbove(i) {
			continue // the headline, not in the output, or joined to the paragraph above
		}
		after := last
		last = i
		if !dateline && lead >= 0 && after == lead && p.lateSummary(lead, i) {
			dateline = true
			continue // i is the dateline now, and i+1 its paragraph
		}
		if lead < 0 && p.printedProse(i) {
			lead = i
			if !dateline && p.lateDateline(i) {
				if i < t {
					t++ // the split moved the headline down
				}
				dateline = true
				continue // i is the dateline now, and i+1 its paragraph
			}
		}
		if p.paragraphProse(i) {
			if story++; story == 2 {
				return
			}
			kept++
			prev, prevKept, prevDate = i, false, false
			continue
		}
		date := false
		switch {
		case t < 0:
			// No headline: textHead reads no window, but the second
			// pass's dateline stage looks at these lines all the same.
			kept++
			continue
		case s.takeDate(p, i):
			if prevKept && s.takeName(p, prev) {
				kept-- // the name above it was counted as kept
			}
			date = true
		case s.takeByline(p, i):
		case prevDate && s.takeName(p, i):
		case s.model && kept == 0 && s.takeName(p, i):
			// a name right under the headline (textHeadBylines, with the model)
		case s.model && i+1 < len(p.blocks) && p.free(i+1) && s.takeLabelled(p, i):
			i++ // the names under the label
		default:
			kept++
			prev, prevKept, prevDate = i, true, false
			continue
		}
		prev, prevKept, prevDate = i, false, date
	}
}

// lateDateline splits a dateline off the head of block i, the story's
// first paragraph as the second pass reads it, when the dateline stage,
// which looked under the title it had then, found none: on the shorter
// page of the text output, that paragraph is the first under the headline
// and its dateline is found. It reports whether it split one.
func (p *Page) lateDateline(i int) bool {
	if p.in.rules == nil {
		return false // a page made without rules (tests)
	}
	t := p.blocks[i].Text
	d, from, ok := p.parseDateline(t)
	if !ok || d.Len >= len(t) {
		return false
	}
	p.split(i, len(strings.TrimRightFunc(t[:d.Len], isSpace)), d.Len)
	rule := "generic/dateline"
	if from.rule != nil {
		rule = from.rule.id
	}
	if !p.labelAs(i, Dateline, rule) {
		return false
	}
	p.readRest(i + 1)
	p.blocks[i].Dateline = partsOf(d)
	p.creditAgency(d.Agency, from)
	return true
}

// lateSummary splits a dateline that credits an agency off the head of
// block i, the second paragraph of prose as the second pass reads the
// page, and makes paragraph f right above it the deck, as the dateline
// stage does with a summary printed above a story (summaryAbove) when
// nothing stands between the two; on the first pass a byline or a date
// line stood between, which the output leaves out. It reports whether it
// split one.
func (p *Page) lateSummary(f, i int) bool {
	if p.in.rules == nil || !p.free(f) {
		return false
	}
	t := p.blocks[i].Text
	d, _, ok := p.parseDateline(t)
	if !ok || d.Agency == "" || d.Len >= len(t) {
		return false
	}
	if !p.lateDateline(i) {
		return false
	}
	p.labelAs(f, Deck, "generic/deck")
	return true
}

// hasKind reports whether any of blocks has kind k.
func hasKind(blocks []Block, k Kind) bool {
	for i := range blocks {
		if blocks[i].Kind == k {
			return true
		}
	}
	return false
}

// headState is what settleTextHead knows of the head fields found so far.
type headState struct {
	date, update, byline, model bool
	lw                          lowerWords
}

// headFound reports which head fields textHead (or a rule) already found:
// a date line with its date, an update line, the headline's byline.
func (p *Page) headFound() *headState {
	s := &headState{lw: p.pageLowerWords()}
	for _, b := range p.blocks {
		switch {
		case b.Kind == Date && b.Stamp != nil:
			s.date = true
			s.byline = s.byline || len(b.Authors) > 0
		case b.Kind == Metadata && b.Stamp != nil:
			s.update = true
			s.byline = s.byline || len(b.Authors) > 0
		case b.Kind == Byline && b.Rule == HeadBylineRule:
			s.byline = true
		}
	}
	return s
}

// joinedAbove reports whether block i is printed as part of the paragraph
// above it: a hard-wrapped line under a line that the output keeps in the
// body (free here, or body already), as package extract joins them. A
// wrapped line under one the output leaves out (clutter, the headline, a
// dateline) starts a paragraph of its own there, and a second pass reads it
// as a line of its own.
func (p *Page) joinedAbove(i int) bool {
	return p.blocks[i].Wrapped && i > 0 && (p.free(i-1) || p.blocks[i-1].Kind == Body)
}

// paragraphProse reports whether free block i, with the wrapped lines that
// continue it, is a paragraph of prose as textHeadWindow counts one.
func (p *Page) paragraphProse(i int) bool {
	n := len(p.blocks[i].Text)
	for j := i + 1; j < len(p.blocks) && p.free(j) && p.blocks[j].Wrapped && n < 100; j++ {
		n += 1 + len(p.blocks[j].Text)
	}
	return n >= 100 && isProse(p.blocks[i].Text)
}

// takeDate labels free block i when textHeadDates would read it as a date
// line: the page's date line or update line if it has none yet, else
// clutter. A line of a forum poster's card ("Joined: Jan 02, 2017":
// [memberLine]) is clutter.
//
// The line is read alone, and then as the output prints it, with the
// hard-wrapped lines joined to it (printedPara): "May 1, 2024!" alone ends
// a sentence, but printed with a wrapped "b" it does not, and the second
// pass reads a date line there. Read so, the wrapped lines are clutter
// with it ("generic/head-date"), as the output would have left them out.
func (s *headState) takeDate(p *Page, i int) bool {
	b := &p.blocks[i]
	text, end := b.Text, i
	if memberLine(text) {
		b.Kind, b.Rule = Other, "generic/head-date" // a forum poster's card: the member's date, clutter as a second date line is
		return true
	}
	st, pos, ok := p.headDateLine(text)
	if !ok {
		if text, end = p.printedPara(i); end == i {
			return false
		}
		if st, pos, ok = p.headDateLine(text); !ok {
			return false
		}
		for j := i + 1; j <= end; j++ {
			p.blocks[j].Kind, p.blocks[j].Rule = Other, "generic/head-date"
		}
	}
	switch {
	case updateLabelled(text, pos):
		if s.update {
			b.Kind, b.Rule = Other, "generic/head-date"
			return true
		}
		b.Kind, b.Rule, b.Stamp = Metadata, "generic/updated", stampOf(st)
		s.update = true
	case !s.date:
		b.Kind, b.Rule, b.Stamp = Date, "generic/date", stampOf(st)
		s.date = true
		if names := bylineNames(text); len(names) > 0 && !s.byline {
			b.Authors, s.byline = names, true
		}
	default:
		b.Kind, b.Rule = Other, "generic/head-date"
	}
	return true
}

// takeByline labels free block i when it is in a byline's form ("By Jane
// Doe", "written by Jane Doe"): the headline's byline if the page has
// none yet, else a byline without names.
func (s *headState) takeByline(p *Page, i int) bool {
	b := &p.blocks[i]
	if len(b.Text) > maxDateLine || isProse(b.Text) {
		return false
	}
	names := bylineNames(b.Text)
	if len(names) == 0 {
		return false
	}
	s.label(b, names)
	return true
}

// takeName labels free block i when it is a person's name printed alone,
// perhaps with a short role ("Jane Doe, Managing Editor").
func (s *headState) takeName(p *Page, i int) bool {
	b := &p.blocks[i]
	n := nameWithRole(b.Text)
	if n == "" || p.writesLower(n, &s.lw) {
		return false
	}
	s.label(b, []string{n})
	return true
}

// takeLabelled labels a byline's label alone on block i and the names
// under it (bylineOverName).
func (s *headState) takeLabelled(p *Page, i int) bool {
	had := s.byline
	if !p.bylineOverName(i) {
		return false
	}
	if had {
		p.blocks[i+1].Authors = []string{}
	}
	s.byline = true
	return true
}

// label makes b the headline's byline with names, or a byline without
// names when the page has its byline.
func (s *headState) label(b *Block, names []string) {
	b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, names
	if s.byline {
		b.Authors = []string{} // read: its names are not the article's
	}
	s.byline = true
}

// printedPara returns free block i as the output prints it, joined with
// the hard-wrapped lines under it (joinedAbove), and the index of the last
// of them (i when none is). It reads at most maxDateLine bytes: longer,
// the paragraph is no date line.
func (p *Page) printedPara(i int) (string, int) {
	end := i
	n := len(p.blocks[i].Text)
	for j := i + 1; j < len(p.blocks) && p.free(j) && p.joinedAbove(j) && n <= maxDateLine; j++ {
		n += 1 + len(p.blocks[j].Text)
		end = j
	}
	if end == i {
		return p.blocks[i].Text, i
	}
	return p.joinedText(i, end, n), end
}

// joinedText returns the texts of blocks i to last joined by single
// spaces, as the output prints a hard-wrapped paragraph; n is the joined
// length, to size the result once.
func (p *Page) joinedText(i, last, n int) string {
	var sb strings.Builder
	sb.Grow(n)
	for j := i; j <= last; j++ {
		if j > i {
			sb.WriteByte(' ')
		}
		sb.WriteString(p.blocks[j].Text)
	}
	return sb.String()
}
