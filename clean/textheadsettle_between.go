package clean

import "strings"

// settleHeadBetween keeps the headline a second pass over the text output
// would read. That pass takes the headline-shaped line closest above the
// story's first paragraph (titleAbove); the first pass may have found its
// headline another way (a copy of it glued to the lede, an outlet's rule)
// and kept, between it and the story, a line that reads as a sentence
// (settleAboveStory keeps those) but is headline-shaped too: "Will the
// deal hold?", or a line ending in "!". The output prints the headline and
// that line right under it, and the second pass took the line for the
// headline and dropped the real one as a menu above it.
//
// Walked here as the output prints it (the headline, then the lines it
// keeps in page order) and read as titleAbove reads it, such a line is the
// headline's deck: it stands under the headline, above the story, and is
// labelled so ("generic/deck"). The deck is the article's, not the
// body's, so the second pass reads the headline right above the story, as
// the first did. Why the deck and not the headline: the first pass's
// headline had its own evidence (its copy, a rule), which the second pass
// no longer sees; taking its reading would trade the better headline for
// a question or an exclamation under it. Left alone: a page with a deck
// already, and one whose outlet the address names (the second pass knows
// the outlet and its head too, see settleTextHead).
func (p *Page) settleHeadBetween() {
	if p.in.doc != nil || hasKind(p.blocks, Deck) || p.ownPage() && p.outlet.From != "fingerprint" {
		return // (an outlet named by the address is the second pass's too)
	}
	t := titleIndex(p.blocks)
	if t < 0 {
		return
	}
	between, found := p.printedBetween(t)
	if !found || len(between) == 0 {
		return
	}
	// titleAbove's first candidate, walking up from the story: a line
	// printed alone (no wrapped line joined under it) in a headline's
	// shape.
	c, ctext := -1, ""
	for k := len(between) - 1; k >= 0 && c < 0; k-- {
		i := between[k]
		text, joined := p.printedBetweenText(i)
		if joined && !headShaped(text) {
			return // printed as a longer paragraph: not read here
		}
		if headShaped(text) {
			c, ctext = i, text
		}
	}
	if c < 0 || nameLike(ctext) || p.dropWidgetLabel(c) {
		return // none; a name, which titleAbove steps over; a widget's label, taken out
	}
	// Other headline-shaped lines printed above c: with c the deck, the
	// closest of them would be the second pass's headline. They go out
	// with it (see headBetweenMore).
	var more []int
	prose := false // a line between that no pass reads as a headline
	for _, i := range between {
		switch text, _ := p.printedBetweenText(i); {
		case !headShaped(text) || leadIn(strings.TrimSpace(text)):
			prose = true
		case i < c:
			more = append(more, i)
		}
	}
	if len(more) > 0 && prose {
		return // the story's opening lines, with short ones among them: left as they are
	}
	// titleAbove steps up from c to the headline right above it when c
	// repeats it or is a long standfirst under it.
	if len(more) == 0 && steppedUp(collapse(ctext), collapse(p.blocks[t].Text)) {
		return
	}
	if len(more) > 0 {
		// The first printed under the headline is its deck.
		more, c = append(more[1:], c), more[0]
	}
	p.labelPrinted(c, Deck, "generic/deck")
	for _, i := range more {
		p.labelPrinted(i, Other, headBetweenMore)
	}
}

// printedBetweenText returns the paragraph the output prints from line i as a
// second pass reads it: the line with the hard-wrapped lines joined under
// it (joinedAbove), and whether there were any. A line and its
// lower-case continuation (joinContinued) are printed as one line, which
// reads as a headline where the first line alone ends in a full stop
// ("0 0 A." over "a 0 A!"): judged by its first line, such a paragraph
// was left in the body under the headline, and a second pass took it for
// the headline, the first pass's its kicker
// (FuzzIdempotent/pair-under-headline). A paragraph longer than a
// headline can be is read no further than that.
func (p *Page) printedBetweenText(i int) (string, bool) {
	n, last := len(p.blocks[i].Text), i
	for j := i + 1; j < len(p.blocks) && inBody(p.blocks[j].Kind) && p.joinedAbove(j) && n <= 2*maxShort; j++ {
		n += 1 + len(p.blocks[j].Text)
		last = j
	}
	if last == i {
		return p.blocks[i].Text, false
	}
	return p.joinedText(i, last, n), true
}

// labelPrinted labels line i, and the hard-wrapped lines the output
// prints joined to it, kind k by rule: the paragraph goes out of the body
// whole, as a second pass read it. The assembler joins a deck's wrapped
// lines to it. It reads as far as printedBetweenText did, so the deck it
// makes stays a headline's length (the assembler appends its lines).
func (p *Page) labelPrinted(i int, k Kind, rule string) {
	p.labelAs(i, k, rule)
	n := len(p.blocks[i].Text)
	for j := i + 1; j < len(p.blocks) && inBody(p.blocks[j].Kind) && p.blocks[j].Wrapped && n <= 2*maxShort; j++ {
		n += 1 + len(p.blocks[j].Text)
		p.labelAs(j, k, rule)
	}
}

// headBetweenMore is the rule of the lines settleHeadBetween takes out
// when two headline-shaped lines or more are printed between the headline
// and the story. The second pass takes the one closest to the story, and would
// take the next one up were that one the deck. When every line printed
// between reads as a headline (none a sentence ending in a full stop,
// none leading into the next with a colon), every one is taken out of
// the body: the first printed under the headline its deck, the
// others removed (this rule), so the output prints the headline right
// above the story. The other reading, the second pass's (the line closest to
// the story the headline, the real one and the lines between it and that
// line dropped above it), trades the headline the first pass found with
// its evidence (a date line or a byline under it, which the output does
// not print; a copy glued to the lede) for a short exclamation or
// question that stood under the date line, and loses as many lines of the
// body (FuzzIdempotent/342b9c400a33ac5f: a headline, an exclamation, a
// date line, a second exclamation, the story). With a sentence among
// them, the lines are the story's opening ("I get asked every day:", a
// question, "Well, today is your lucky day.", an exclamation): left in the
// body, as before, though a second pass may read them otherwise.
const headBetweenMore = "generic/head-between"

// headShaped reports whether s is a line titleAbove takes for a headline:
// a title's shape, no title trap, no byline, no full stop at its end.
func headShaped(s string) bool {
	s = strings.TrimSpace(s)
	return isTitle(s) && !isTitleTrap(s) && !byline.MatchString(s) && !strings.HasSuffix(s, ".")
}

// steppedUp reports whether titleAbove, with line lo closest to the story
// and hi above it, takes hi: lo repeats it, or is a standfirst of ten
// words or more under a shorter line.
func steppedUp(lo, hi string) bool {
	return repeatsTitle(lo, hi) || sameLetters(lo, hi) ||
		wordCount(lo) >= 10 && wordCount(hi) >= 3 && len(hi) < len(lo)
}

// printedBetween walks the page as the text output prints it under
// headline t (the headline, then the lines it keeps in page order) and
// returns the lines printed at the head of a paragraph between the
// headline and the story's first paragraph, in that order, and whether
// the story was found under it: its first paragraph is a dateline (printed
// at the head of the story) or the first line that the output prints as a
// paragraph of prose (printedProse). A line joined to the paragraph above
// it is printed with that one, not at the head of its own. On the way, a
// hard-wrapped line kept under a line left out as outside the story, and
// no prose, is left out with it (wrappedOutside): the output would print
// it alone, a short line over the story. The lines returned are free or
// labelled body: the second pass reads both alike. It is the walk of both
// settleAboveStory (which takes out the free ones only: a line a stage
// labelled body stays) and settleHeadBetween.
func (p *Page) printedBetween(t int) (between []int, found bool) {
	for i := range p.blocks {
		b := &p.blocks[i]
		switch {
		case i == t || p.joinedAbove(i):
			// the headline; a line joined to the paragraph above
		case b.Kind == Dateline:
			return between, true // printed at the head of the story's first paragraph
		case p.wrappedOutside(i):
			b.Kind, b.Rule = Other, "generic/outside-story"
		case !inBody(b.Kind):
			// not in the output
		case p.printedProse(i):
			return between, true // the story's first paragraph
		default:
			between = append(between, i)
		}
	}
	return between, false
}
