package clean

import "strings"

// settleHead is the "head-settle" stage: the head of flattened text as a
// second pass over the article's text output would read it.
//
// The text output carries nothing of the outlet, and the second pass need
// not know it: an outlet's rules only take out lines, which the output
// does not hold. What the second pass reads differently is the generic
// head around them (the headline, its repeats, the deck, the dateline),
// and that is settled here for the lines the output keeps. A dateline an
// outlet's form reads only alone on its line, which the generic forms
// would not read glued to the paragraph under it, is printed on a line of
// its own (see readGlued), so the second pass reads it as the first did
// (from the same outlet fingerprint or URL).
func (p *Page) settleHead() {
	p.settleHeadlineCredit()
	p.settleHeadlineRuns()
	p.settleOwnHeadline()
	p.settleTextHead()
	p.settleBelowStory()
	p.settleAboveStory()
	p.settleTitleRepeat()
	p.settleHeadBetween()
	p.settleStandfirst()
	p.settleDatelineBelow()
}

// settleAboveStory takes out the lines a second pass over the text output
// would take out above the story (see detectOutsideStory): walking up from
// the story's first paragraph to the headline, a free line that does not
// read as a sentence of four words or more, and every free line above it,
// is outside the story. The first pass walks up the page and stops at the
// first title it meets, which may be the headline printed again further
// down (a "generic/duplicate" title); the output leaves that repeat out, so
// the second pass walks on to the headline and drops the section line or
// menu word the repeat had shielded. The walk here is over the lines the
// output keeps, in the order it prints them: the headline, the kept lines
// above it, then those below it.
func (p *Page) settleAboveStory() {
	if p.in.doc != nil {
		return
	}
	t := titleIndex(p.blocks)
	if t < 0 {
		return
	}
	// The lines the output prints between the headline and the story's
	// first paragraph, in its order (the page's order without the
	// headline); a line a stage labelled body is not taken out here.
	between, found := p.printedBetween(t)
	if !found {
		return // no story under the headline: nothing to measure against
	}
	cont := true
	for k := len(between) - 1; k >= 0; k-- {
		i := between[k]
		if p.blocks[i].Kind != "" {
			continue
		}
		if s := p.blocks[i].Text; cont && endsSentence(s) && wordCount(s) >= 4 {
			continue
		}
		cont = false
		b := &p.blocks[i]
		b.Kind, b.Rule = Other, "generic/outside-story"
	}
}

// wrappedOutside reports whether block i, kept in the body, continues a
// hard-wrapped line right above it that is left out as outside the story,
// and is no paragraph of prose: the rest of that line's paragraph. The
// output would print it as a paragraph of its own, a short line over the
// story that a second pass takes for the headline.
func (p *Page) wrappedOutside(i int) bool {
	b := p.blocks[i]
	return b.Wrapped && inBody(b.Kind) && i > 0 && p.blocks[i-1].Kind == Other && p.blocks[i-1].Rule == "generic/outside-story" && !p.printedProse(i)
}

// printedProse is proseKnown for a line the output prints at the head of a
// paragraph, read as the output prints it: with the hard-wrapped lines the
// output joins under it (see joinedAbove) and no others. A wrapped line
// under one the output leaves out starts its own paragraph there, and a
// second pass reads it with the lines joined under it only, not with the
// run it continued on the page (a wrapped copyright notice above it, say);
// and a line whose wrapped continuation the output leaves out (a link
// under "Join our group here:") is read alone.
func (p *Page) printedProse(i int) bool {
	if !p.blocks[i].Wrapped && (i+1 >= len(p.blocks) || !p.blocks[i+1].Wrapped) {
		return p.proseKnown(i)
	}
	var b strings.Builder
	b.WriteString(p.blocks[i].Text)
	for k := i + 1; k < len(p.blocks) && inBody(p.blocks[k].Kind) && p.joinedAbove(k) && b.Len() < proseCap; k++ {
		b.WriteByte(' ')
		b.WriteString(p.blocks[k].Text)
	}
	return isProse(b.String())
}

// printedFirst returns the story's first paragraph on flattened text as
// the output prints it: the first dateline, or the first line kept in the
// body (free or body) that starts a printed paragraph of prose
// (printedProse); len(blocks) when there is none. The story's first
// paragraph by proseKnown (findBody) may be a line that reads as prose
// only with wrapped lines under it that another stage took out: the
// output prints it alone, and a second pass looks for the headline above
// the paragraph that follows.
func (p *Page) printedFirst() int {
	for i := range p.blocks {
		if k := p.blocks[i].Kind; k == Dateline || inBody(k) && !p.joinedAbove(i) && p.printedProse(i) {
			return i
		}
	}
	return len(p.blocks)
}

// inBody reports whether a block of kind k is printed in the body: free,
// or labelled body.
func inBody(k Kind) bool { return k == "" || k == Body }

// continuedPair reports whether free line i is the second of just two
// lines that the output prints joined as one paragraph (joinContinued): the
// line above it, s, goes on in i in lower case (continuesPrinted), neither
// is a line of a run the wrap detector marked, no line above s goes on in
// s, and none under i goes on in i. It returns s.
func (p *Page) continuedPair(i int) (int, bool) {
	s := i - 1
	if s < 0 || p.blocks[i].Wrapped || p.blocks[s].Wrapped || !p.free(s) || !p.continuesPrinted(s, i) {
		return -1, false
	}
	if s > 0 && p.continuesPrinted(s-1, s) || i+1 < len(p.blocks) && (p.blocks[i+1].Wrapped || p.continuesPrinted(i, i+1)) {
		return -1, false
	}
	return s, true
}

// pairHeadline reports whether the continued pair s, i (continuedPair)
// gives the headline a second pass over the output reads where the first
// pass would take it: the two joined, as the output prints them when they
// stay in the story, read as a headline, as titleAbove reads a line, and
// so does line s alone, which the output prints as the headline once the
// head takes it (wrappedTitleTail labels i its tail).
//
// Stepped over as a wrapped paragraph, the pair was printed joined over
// the story, and a second pass took the joined line for the headline,
// with the first pass's headline above it its kicker
// (FuzzIdempotent/cccfadb2e2c7579c). Taking line s when only the joined
// line reads as a headline prints a line a second pass does not take:
// "0A" over "b" (FuzzIdempotent/4a43a4bdce3f806f); such a pair is stepped
// over as before.
func (p *Page) pairHeadline(s, i int) bool {
	first := strings.TrimSpace(p.blocks[s].Text)
	joined := first + " " + strings.TrimSpace(p.blocks[i].Text)
	return headlineRead(joined) && headlineRead(first)
}

// headlineRead reports whether titleAbove takes line t for a headline
// candidate: headline-shaped, no trap, no byline, no full stop at its end,
// no line of the head's that is never its headline ([notTextHeadline]),
// no trail of the site's sections ([crumbTrailLine]) nor row of them run
// together ([gluedMenuLine]), no date in another script's digits
// ([nativeDigitDate]), no writer's credit to a wire in the "," or "/"
// form ([wireCreditLine]: "Jane Doe / AFP"; "Biden Signs Ferry Bill |
// Reuters" is a headline with its site's name after it). An ellipsis of
// three full stops is no full stop ([endsFullStop]).
func headlineRead(t string) bool {
	return !isTitleTrap(t) && !byline.MatchString(t) && !endsFullStop(t) && !fileName(t) && isTitle(t) && !notTextHeadline(t) && !crumbTrailLine(t) && !gluedMenuLine(t) && !nativeDigitDate(t) && !(wireCreditLine(t) && strings.IndexByte(t, '|') < 0)
}

// fileName reports whether a line is one file's name and nothing else
// ("writeup.md", "report-2025.pdf"), as a code host or a download list
// prints over the file's text: no headline.
func fileName(t string) bool {
	k := strings.LastIndexByte(t, '.')
	if k <= 0 || strings.ContainsAny(t, " \t") {
		return false
	}
	switch strings.ToLower(t[k+1:]) {
	case "md", "txt", "rst", "pdf", "csv", "json", "yaml", "yml", "xml", "html", "htm", "png", "jpg", "jpeg", "gif", "webp", "svg", "zip", "py", "go", "ipynb", "docx", "xlsx", "pptx":
		return true
	}
	return false
}

// leadIn reports whether line t (trimmed) leads into what follows it or
// is cut from a sentence, never a headline: it ends with a colon or a
// comma ("Folding and Unfolding:", "Effective beginning 6/2/2025:", "...
// (Oxford University Press, 1997),"), or opens with one (": Setup the
// tunnel", a label's colon left behind). Of WCXB-dev's 1,497 gold titles
// one ends with a colon and none with a comma. The page's first
// headline-shaped line, taken where nothing else found a headline, is
// passed over when it is one; the line titleAbove takes (after headOver)
// gives way to the headline model's pick above it ([Page.overLeadIn]).
// titleAbove's candidates and the model's do not leave it out: there, on
// WCXB train, it mended one title and lost the author found by the old
// one's window, and an AEB page then read a heading in the story as its
// headline, a different one on a second pass.
func leadIn(t string) bool {
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case ':', ',':
		return true
	}
	return opensCut(t)
}

// opensCut reports whether line t (trimmed) opens with a comma, colon or
// semicolon: the tail of a sentence or a label's colon left behind. The
// head passes over a headline found above the story that opens so, as
// the page's last-resort headline passes over a leadIn line: printed
// first, the second pass over the output, with no story under it, would
// take a line below it (FuzzIdempotent/4f20ac7390430cda). titleAbove
// keeps such a line among its candidates, since headOver may move up
// from it ("By / Jane Doe / , Global Desk").
func opensCut(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case ':', ',', ';':
		return true
	}
	return false
}
