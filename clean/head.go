package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// byline matches "By Jane Doe", "Author: Jane Doe", "Story by Jane Doe and
// John Roe" (mayOpenByline first, which spares most pages its compile).
var byline = guardedRegexp{mayOpenByline, lazyCompile(`^(?i:by|author:|authors:|story by|written by)\s+\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s*|\s+(?i:and)\s+)\p{Lu}[\p{L}'’.-]*){0,5}$`)}

// detectHead labels the title, its repeats, the deck and bylines among the
// blocks above the body.
func (p *Page) detectHead() {
	p.findBody()
	end := min(p.first, len(p.blocks))
	if p.in.doc == nil && end < len(p.blocks) {
		end = max(end, p.printedFirst()) // where a second pass over the output finds the story
	}
	for i := 0; i < end; i++ {
		if !p.free(i) || outLen(p.blocks[i].Text, 100) > 100 {
			continue
		}
		// The outlet's rule first (outlet rules label first), then the
		// generic byline.
		t := p.blocks[i].Text
		if p.own != nil {
			if at := matchAll(p.own.bylines, t); at >= 0 && !p.doubledLine(i) {
				p.labelAs(i, Byline, p.own.id)
				p.hit(p.own, fByline, at)
				continue
			}
		}
		if byline.MatchString(t) {
			p.labelAs(i, Byline, "generic/byline")
			continue
		}
		if p.labelWorldByline(i) {
			continue
		}
		if p.own == nil {
			continue
		}
		if at := matchAll(p.own.sections, t); at >= 0 {
			p.labelAs(i, Section, p.own.id)
			p.hit(p.own, fSection, at)
		}
	}
	p.ruledBylineUnderDateline(end)
	t := -1
	for i := 0; i < len(p.blocks) && (i < maxHead || p.in.doc != nil); i++ {
		// A rule or an HTML stage labelled it; on HTML, where the
		// headline agrees with the page's own metadata, wherever it is.
		if p.blocks[i].Kind == Title {
			t = i
			break
		}
	}
	if t >= 0 {
		traceTitle(p, "labelled:"+p.blocks[t].Rule, t)
	}
	generic := t < 0 && p.in.doc == nil && !p.ownPage() // the headline of flattened text, found below
	switch {
	case t >= 0 && p.titleAt > 0:
		p.summaryDeck(t)
	case t < 0 && p.in.doc == nil && !p.ownPage():
		// Flattened text of a page without its outlet's rule: the headline is the
		// headline-shaped line that the story follows, the closest above
		// its first paragraph; the first short line of the page is a
		// menu's. (On an outlet's page its rule removes the chrome, and
		// the first headline-shaped line left is the headline: the lines
		// between it and the story are its deck, byline and caption.)
		if t = p.titleFromURL(end); t >= 0 {
			traceTitle(p, "slug", t)
			p.kickerAt(t - 1)
			break
		}
		if t = p.titleAbove(end); t >= 0 && !titleOff("above") {
			// A headline that opens with a comma, colon or semicolon is
			// cut from a sentence: printed first, a second pass would
			// find no story under it and pass it over (leadIn). Nor is
			// a share button's label (notPrintedHeadline), nor a line a
			// second pass reads as something else printed first
			// (notPrintedFirst): headOver does not climb to one.
			if h := p.headOver(t, false); !titleOff("above-over") && (h == t || !p.notPrintedFirst(p.blocks[h].Text)) {
				t = h
			}
			t = p.aboveHeadMeta(t)
			if !opensCut(strings.TrimSpace(p.blocks[t].Text)) && !notPrintedHeadline(p.blocks[t].Text) && !p.notPrintedFirst(p.blocks[t].Text) {
				if !titleOff("above-leadin") {
					t = p.overLeadIn(t) // a lead-in over the story gives way to a headline above it
				}
				if titleOn("above-model") {
					t = p.aboveByScore(t) // the census's only: see aboveByScore
				}
				p.blocks[t].Kind, p.blocks[t].Rule = Title, "generic/title"
				traceTitle(p, "above", t)
				p.kickerAt(t - 1)
				break
			}
			t = -1
		}
		// Neither: the story's first paragraph when it is a long
		// headline that asks or exclaims (leadAsHeadline); else the line
		// the headline model scores highest.
		if t = p.leadAsHeadline(end); t >= 0 && !titleOff("lead") {
			p.blocks[t].Kind, p.blocks[t].Rule = Title, "generic/title"
			traceTitle(p, "lead", t)
			p.kickerAt(t - 1)
			break
		}
		if t = p.titleByScore(); t >= 0 && !titleOff("model") {
			if !titleOff("model-cutfull") {
				t = p.cutTitleFull(t) // a trail's or teaser's cut copy gives way to the headline in full under it
			}
			p.blocks[t].Kind, p.blocks[t].Rule = Title, "generic/title"
			traceTitle(p, "model", t)
			p.kickerAt(t - 1)
			break
		}
		fallthrough
	case t < 0:
		for i := 0; i < end && t < 0; i++ {
			if !p.free(i) {
				continue
			}
			if p.joinProseTail(i) {
				if generic {
					t = p.titleOverJoined(i)
				}
				i++ // the paragraph's second line, read with it
				continue
			}
			if isTitle(p.blocks[i].Text) && !isTitleTrap(p.blocks[i].Text) && !leadIn(strings.TrimSpace(p.blocks[i].Text)) && !(generic && crumbTrailLine(strings.TrimSpace(p.blocks[i].Text))) {
				t = i
			} else {
				p.printLinesAlone(i)
			}
		}
		if t < 0 {
			if generic && end < len(p.blocks) {
				p.joinContinued(-1, end) // as titleAbove read them (joinContinued)
			}
			return
		}
		p.labelAs(t, Title, "generic/title")
		traceTitle(p, "first", t)
	}
	if generic {
		p.wrappedTitleTail(t, end)
		if end < len(p.blocks) {
			p.joinContinued(t, end)
		}
	}
	p.textHead(t)
	title := collapse(p.blocks[t].Text)
	deck := -1
	for i := t + 1; i < end; i++ {
		if !p.free(i) {
			continue
		}
		if repeatsTitle(collapse(p.blocks[i].Text), title) {
			p.labelAs(i, Title, "generic/duplicate")
			continue
		}
		if deck < 0 {
			deck = i
		}
	}
	// The headline printed again under a dateline on a line of its own:
	// the story's first paragraph would print it again after the
	// dateline (and a second pass over the text output read that line
	// as its headline, or as a line outside the story).
	if d := end + 1; d < len(p.blocks) && p.blocks[end].Kind == Dateline && p.free(d) && repeatsTitle(collapse(p.blocks[d].Text), title) {
		p.labelAs(d, Title, "generic/duplicate")
	}
	if deck >= 0 && wordCount(p.blocks[deck].Text) >= 5 && p.isDeck(deck, end) {
		rule := "generic/deck"
		if p.own != nil && p.own.deck {
			rule = p.own.id
		}
		p.labelAs(deck, Deck, rule)
	}
}

// ownPage reports whether the page is known to be its outlet's own, by its
// URL or fingerprints, with a rule that removes the outlet's chrome; wire
// copy named only by its dateline may stand on any site.
func (p *Page) ownPage() bool { return p.own != nil && p.outlet.From != "dateline" }

// isByline reports whether a short line is a byline in a form any site
// prints ("By Jane Doe", "Story by ...").
func isByline(s string) bool { return outLen(s, 100) <= 100 && byline.MatchString(s) }

// titleLook is how many free lines above the story's first paragraph are
// searched for its headline.
const titleLook = 4

// titleAbove returns the headline-shaped free line closest above block end
// (the story's first paragraph), looking at most titleLook free lines up,
// or -1. A line that ends a sentence is a lede or standfirst, not a
// headline; a long line under a shorter headline-shaped one is its
// standfirst; a headline printed twice is taken at its first print.
func (p *Page) titleAbove(end int) int {
	if end >= len(p.blocks) {
		return -1 // no story: nothing to stand above
	}
	var cands []int
	seen, wrapped := 0, 0
	for i := end - 1; i >= 0 && seen < titleLook; i-- {
		if !p.free(i) {
			continue
		}
		if p.inWrapped(i) {
			if s, ok := p.continuedPair(i); ok && p.pairHeadline(s, i) {
				// Two lines the output prints joined, read as printed:
				// a headline.
				seen++
				cands = append(cands, s)
				i = s
				continue
			}
			// A line of a hard-wrapped paragraph is no headline, and
			// counts as no line of the head.
			if wrapped++; wrapped > maxWrappedSkip {
				break
			}
			continue
		}
		seen++
		if headlineRead(strings.TrimSpace(p.blocks[i].Text)) && !p.fieldUnderDate(i) {
			cands = append(cands, i)
		}
	}
	if cands = p.dotsUnderHeadline(cands); len(cands) == 0 {
		return -1
	}
	// A line of a few words closest to the story is as often the
	// author's name or role ("Jane Doe", "Senior Editor"), a byline the
	// byline reader reads ("Por Ana Souza, g1 SP") or a desk's credit with
	// its place ("News Desk, Lucknow": deskPlaceLine) as a headline: the
	// first headline-shaped line above it that is none of these is the
	// headline, unless the short line may be a short headline in title
	// case and the line over it is no longer (climbsOver; a byline strip
	// with its date may be longer than the headline over it).
	if (nameLike(p.blocks[cands[0]].Text) || namesByline(p.blocks[cands[0]].Text) || deskPlaceLine(p.blocks[cands[0]].Text)) && !titleOff("above-name") {
		for k, c := range cands[1:] {
			if !nameLike(p.blocks[c].Text) && !namesByline(p.blocks[c].Text) && !deskPlaceLine(p.blocks[c].Text) {
				if namesByline(p.blocks[cands[0]].Text) || climbsOver(p.blocks[c].Text, p.blocks[cands[0]].Text) {
					cands = cands[k+1:]
				}
				break
			}
		}
	}
	t := cands[0]
	if len(cands) > 1 && !titleOff("above-pair") {
		up := cands[1]
		lo, hi := collapse(p.blocks[t].Text), collapse(p.blocks[up].Text)
		switch {
		case repeatsTitle(lo, hi) || sameLetters(lo, hi):
			t = up
		case wordCount(lo) >= 10 && wordCount(hi) >= 3 && len(hi) < len(lo) && !p.underDate(t) && !menuRow(p.blocks[up].Text) && !p.noHeadlineOver(up, t) &&
			!(shortOverCasedHeadline(lo, hi) && p.labelOverHeadline(up, t)):
			t = up // a standfirst under its headline (a menu row, the site's name or a cut teaser is no headline over it, nor a short line over one in a headline's capitals)
		case capsDeckUnder(lo, hi) && !menuRow(p.blocks[up].Text) && !p.noHeadlineOver(up, t) && !p.capsHeadingListed(t):
			t = up // a sub-headline in capitals under its headline
		}
	}
	return t
}

// joinContinued marks Wrapped the free lines between the headline t and
// the story's first paragraph end (end too) that continue the free line
// right above them in lower case (continues): titleAbove steps over such
// lines as a hard-wrapped paragraph the wrap detector missed, and the
// output then prints them as one paragraph. Printed a paragraph per line,
// a second pass over the output would read each alone, where a short one
// is headline-shaped ("We announced a new timetable for") and becomes the
// headline. It runs whichever way the headline of flattened text was
// found: the second pass may find it by titleAbove.
//
// On a page with no story under the headline (end past the last block) it
// joins nothing. The headline was then chosen with every line read alone,
// and none read as a paragraph of prose; joined, a line and its
// lower-case continuation may read as one ("0000 ... 000" with "a 0 0 0
// 00!" under it), and a second pass over the output would find a story
// there and take the headline-shaped line right above it for the
// headline, where the first pass took the page's first
// (FuzzIdempotent/9a00fa3d458a23fa). Printed a line per paragraph, the
// second pass reads the lines alone, as the first did.
//
// With no headline found (t is -1), it joins the lines above the story
// all the same: titleAbove stepped over them as a paragraph, and printed
// a line per paragraph, a short one right above the story was the second
// pass's headline (",0 0 0 A!" over "a 0 0 0:" over the story, which
// goes on from it in lower case: FuzzIdempotent/5c5892ce98b0ca62).
func (p *Page) joinContinued(t, end int) {
	for k := t + 2; k <= end && k < len(p.blocks); k++ {
		if p.free(k-1) && p.free(k) && !p.blocks[k].Wrapped && p.continues(k-1, k) {
			p.blocks[k].Wrapped = true
			p.prose = p.prose[:0] // proseAt reads a wrapped line with its paragraph
		}
	}
}

// maxNameWords is the most words of a line titleAbove reads as a name or
// a role rather than a headline when a longer one stands above it.
const maxNameWords = 3

// nameLike reports whether a line reads as an author's name or role
// rather than a headline: a few words, or a name with a short role
// ("Jane Doe, Senior Editor"), or one with her strip's links or reading
// time after it ("Ana Ribeiro • 3 min de leitura": [cutStripTail]).
func nameLike(s string) bool {
	if wordCount(s) <= maxNameWords || nameWithRole(s) != "" {
		return true
	}
	c := cutStripTail(s)
	return c != s && nameWithRole(c) != ""
}

// kickerAt labels block k, right above the headline, as its kicker when it
// is a short topic line: two to five words, no sentence, no trap, and one
// topic: a line of words set apart by bars or dots ("Home | World |
// Sport") is a menu strip, not a kicker.
func (p *Page) kickerAt(k int) {
	if k < 0 || !p.free(k) {
		return
	}
	s := strings.TrimSpace(p.blocks[k].Text)
	if s != "" && p.creditLabel(s, k+1) {
		return // a credit's words, or the outlet a picture's credit names, is no kicker
	}
	if n := wordCount(s); n < 2 || n > 5 || outLen(s, 60) > 60 || strings.ContainsAny(s[len(s)-1:], ".:!?|") || isTitleTrap(s) || strings.ContainsAny(s, "|•·") {
		return
	}
	p.labelAs(k, Kicker, "generic/kicker")
}

// summaryDeck labels the summary printed above a title (one free paragraph
// between the top of the page and the title) as the deck: under the
// outlet's rule's name, or "generic/deck" where the title was split off a
// glued head on a page no rule reads.
func (p *Page) summaryDeck(t int) {
	d := -1
	for i := 0; i < t; i++ {
		if p.free(i) {
			if d >= 0 {
				return // more than one: not a summary
			}
			d = i
		}
	}
	if d >= 0 && wordCount(p.blocks[d].Text) >= 5 {
		rule := "generic/deck" // a title a generic stage split off (splitGluedHead)
		if p.own != nil {
			rule = p.own.id
		}
		p.labelAs(d, Deck, rule)
	}
}

// matchAll returns the index of the first pattern that matches all of s,
// or -1.
func matchAll(pats []pattern, s string) int {
	for i, pt := range pats {
		if m := pt.re.FindStringIndex(s); m != nil && m[0] == 0 && m[1] == len(s) {
			return i
		}
	}
	return -1
}

// isDeck reports whether block d, the first free block under the title, is a
// standfirst: the outlet's rule says its pages have one, or the story opens
// with a dateline right after d, with nothing but labelled blocks between.
func (p *Page) isDeck(d, end int) bool {
	if p.own != nil && p.own.deck {
		return true
	}
	if end >= len(p.blocks) || p.blocks[end].Kind != Dateline {
		return false
	}
	for i := d + 1; i < end; i++ {
		if p.free(i) {
			return false
		}
	}
	return true
}

// isTitle reports whether a line could be a headline.
func isTitle(s string) bool {
	return outLen(s, maxShort) <= maxShort && wordCount(s) >= 2 && !isProse(s)
}

// repeatsTitle reports whether line repeats title: whole, or cut short (some
// pages print the title again, cut at its first quotation mark). The two
// are compared as found and, failing that, as the article prints them
// ([printedForm]): a second pass over the text output reads the printed
// lines, where "Nakhichevan" and "Nakhchivan" are one spelling, and would
// find a repeat that the lines as found hide.
func repeatsTitle(line, title string) bool {
	if repeatsAsFound(line, title) {
		return true
	}
	pl, pt := printedForm(line), printedForm(title)
	return (pl != line || pt != title) && repeatsAsFound(pl, pt)
}

// printedForm is line s as the article prints it, for comparing lines as a
// second pass over the text output reads them: normalised by the default
// normaliser (Unicode clean-up and the spelling layer, as outLen measures
// it, and from the same table), white space runs folded to one space.
func printedForm(s string) string { return collapse(printedText(s)) }

// repeatsAsFound is repeatsTitle's test on the two lines as given.
func repeatsAsFound(line, title string) bool {
	return line == title || outLen(line, 16) >= 16 && wordCount(line) >= 3 && strings.HasPrefix(title, line)
}

// sameLetters reports whether lines lo and hi are the same letters, read
// without case or white space: as found, or as the article prints them
// ([printedForm]), as a second pass over the text output reads them.
func sameLetters(lo, hi string) bool {
	if sameLettersAsFound(lo, hi) {
		return true
	}
	pl, ph := printedForm(lo), printedForm(hi)
	return (pl != lo || ph != hi) && sameLettersAsFound(pl, ph)
}

// sameLettersAsFound is sameLetters' test on the two lines as given.
func sameLettersAsFound(lo, hi string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(lo), ""), strings.Join(strings.Fields(hi), ""))
}

// collapse folds white space runs to one space, for comparing repeats.
// Most lines are folded already and are returned as they are, with no
// copy.
func collapse(s string) string {
	if collapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports whether collapse would return s unchanged: its only
// white space (unicode.IsSpace, as strings.Fields) is single ASCII spaces
// between other runes.
func collapsed(s string) bool {
	prevSpace := true // no space at the start
	for i := 0; i < len(s); {
		// Eight bytes at a time where they are ASCII above the controls
		// with no two spaces in a row (the masks as untidyAt's: a byte
		// flagged in error lies above a true one, and any flag sends the
		// eight to the loop below). The lowest and the highest byte are
		// read exactly, for the spaces across words.
		if i+8 <= len(s) {
			w := load8(s[i : i+8])
			sp := w ^ spaces
			sp = (sp - ones) &^ sp & highs
			if ((w-controls)|w)&highs|sp&(sp>>8) == 0 && !(prevSpace && byte(w) == ' ') {
				prevSpace = byte(w>>56) == ' '
				i += 8
				continue
			}
		}
		for end := min(i+8, len(s)); i < end; {
			var ok bool
			if i, prevSpace, ok = collapsedRune(s, i, prevSpace); !ok {
				return false
			}
		}
	}
	return !prevSpace || s == ""
}

// collapsedRune is collapsed's test of the rune at i, after a space or
// not: ok is false when it makes s no collapsed text; the offset after
// it and whether it is a space are returned.
func collapsedRune(s string, i int, prevSpace bool) (next int, space, ok bool) {
	if c := s[i]; c < utf8.RuneSelf {
		if c == ' ' {
			return i + 1, true, !prevSpace
		}
		return i + 1, false, c > '\r' || c < '\t'
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return i + n, false, !unicode.IsSpace(r)
}

// detectTail labels bylines among the blocks below the body, and first a
// reviewer's label alone on its line anywhere, with the name under it
// ([Page.labelReviewers]); on an HTML page, then a sign-off under the
// story ([Page.labelSignoff]).
func (p *Page) detectTail() {
	p.labelReviewers()
	p.findBody()
	for i := p.last + 1; i < len(p.blocks); i++ {
		if p.free(i) && outLen(p.blocks[i].Text, 100) <= 100 && byline.MatchString(p.blocks[i].Text) {
			p.labelAs(i, Byline, "generic/byline")
		}
	}
	if p.in.doc != nil && p.last >= 0 {
		p.labelSignoff(p.last) // "Reporting by Jane Doe in Geneva; Editing by John Roe"
	}
}

// underDate reports whether block t stands right under a date line or a
// time line (timeOnlyLine): a headline printed under its date ("20 Dec
// 2025, 11:59" or "Updated 10:05 GMT" over the headline), not a
// standfirst under a shorter headline above.
func (p *Page) underDate(t int) bool {
	return t > 0 && (p.blocks[t-1].Kind == Date || p.dateOnly(t-1) || timeOnlyLine(p.blocks[t-1].Text))
}

// titleOverJoined returns the headline a second pass reads over line i,
// which joinProseTail has just joined with the line under it into a
// paragraph of prose: printed so, it is the story's first paragraph
// there, and titleAbove takes the headline-shaped line over it, as the
// titleAbove branch of the head reads it (headOver, opensCut,
// overLeadIn), where the last resort, reading the lines alone, found
// none (",0 0 0 A!" over "A 0 0 0:" over the pair:
// FuzzIdempotent/lead-in-over-joined-prose). The line over i is read as
// printed, apart from i, though it may open with a lower-case letter that
// would go on from it, and stays so while the head is read (no title tail
// takes i: FuzzIdempotent/lead-in-over-lower-joined-prose). It returns -1
// when there is none.
func (p *Page) titleOverJoined(i int) int {
	p.opensPara = i // kept for the rest of the head when a headline is found
	t := p.titleAbove(i)
	defer func() {
		if t < 0 {
			p.opensPara = 0
		}
	}()
	if t < 0 {
		return -1
	}
	if t = p.headOver(t, false); opensCut(strings.TrimSpace(p.blocks[t].Text)) {
		return -1
	}
	t = p.overLeadIn(t)
	p.kickerAt(t - 1)
	return t
}

// doubledLine reports whether block i's line is printed again right above
// or below it: a headline printed twice (arminfo.info's "Inflation Slows"
// over "Inflation Slows"), which an outlet's byline pattern of two
// capitalised words would read as a name. A byline is printed once.
func (p *Page) doubledLine(i int) bool {
	t := strings.TrimSpace(p.blocks[i].Text)
	return i+1 < len(p.blocks) && strings.TrimSpace(p.blocks[i+1].Text) == t ||
		i > 0 && strings.TrimSpace(p.blocks[i-1].Text) == t
}

// ruledBylineUnderDateline labels as a byline the line right under the
// dateline where the outlet's rule reads it as one: an agency that prints
// its correspondent under its dateline ("Baku, May 21, AZERTAC" over "Jane
// Doe / Special Correspondent") puts the byline where the story starts.
// Only the outlet's own byline patterns are tried there, and only on the
// one line the dateline heads; end is where detectHead's head ends.
func (p *Page) ruledBylineUnderDateline(end int) {
	if p.own == nil || len(p.own.bylines) == 0 {
		return
	}
	i := end
	if i < len(p.blocks) && p.blocks[i].Kind == Dateline {
		i++
	}
	if i == 0 || i >= len(p.blocks) || p.blocks[i-1].Kind != Dateline || !p.free(i) || outLen(p.blocks[i].Text, 100) > 100 {
		return
	}
	if at := matchAll(p.own.bylines, p.blocks[i].Text); at >= 0 {
		p.labelAs(i, Byline, p.own.id)
		p.hit(p.own, fByline, at)
	}
}

// climbsOver reports whether titleAbove climbs from the short line low
// right above the story (a name, a name with its role, a desk's credit)
// to the headline-shaped line up over it. A bare line of maxNameWords
// fields or more (split at spaces) and no comma is as often a short headline in title
// case ("Ferry Strike Ends") as a name: the climb then needs up longer in
// bytes, or a link's short line over a headline would take its place
// ("See it on a map"). A line of fewer fields ("Alexandra
// Montgomery-Whitfield"), a name with its role ("Maria Fernandez, Senior
// Environment Correspondent") or a desk's credit with its place reads as
// no headline, and the climb takes a shorter headline over it ("Ferry
// fares up again").
func climbsOver(up, low string) bool {
	low = strings.TrimSpace(low)
	if strings.IndexByte(low, ',') >= 0 || fieldsAtMost(low, maxNameWords-1) {
		return true
	}
	return len(strings.TrimSpace(up)) > len(low)
}
