package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxWrappedSkip bounds the lines of hard-wrapped paragraphs titleAbove
// steps over on its way up.
const maxWrappedSkip = 12

// inWrapped reports whether block i belongs to a hard-wrapped paragraph:
// it continues the line above or the line below continues it, as the
// wrap detector found, or as a line right under another (no blank line
// between) that opens in lower case shows ("together in order to land",
// "talk:").
//
// A line read to continue another, or to be continued, is so only when
// the output prints both: under a line the output leaves out ("0", a line
// without words), a line in lower case is printed as a paragraph of its
// own, and a second pass over the output reads it alone, where it may be
// the headline-shaped line right above the story
// (FuzzIdempotent/cbff6c3a8464b6d4).
func (p *Page) inWrapped(i int) bool {
	return p.blocks[i].Wrapped || i+1 < len(p.blocks) && p.blocks[i+1].Wrapped ||
		i > 0 && p.continuesPrinted(i-1, i) || i+1 < len(p.blocks) && p.continuesPrinted(i, i+1)
}

// continuesPrinted is continues for two lines the output prints (free, or
// labelled body).
func (p *Page) continuesPrinted(i, j int) bool {
	return j != p.opensPara && inBody(p.blocks[i].Kind) && inBody(p.blocks[j].Kind) && p.continues(i, j)
}

// continues reports whether text block j, on the input line right under
// block i's, opens in lower case: the rest of i's sentence. A line without
// a letter ("0000 00 000", "2,381.14 +0.4%") holds no sentence for j to go
// on with, as it holds no line of a wrapped paragraph (markWrapped): read
// as one, the two made a line of prose on a second pass over the output
// that the first pass never saw, and the headline-shaped line above it
// became the title there only (FuzzIdempotent/be7fb1d8c649e536).
func (p *Page) continues(i, j int) bool {
	if p.in.doc != nil || p.blocks[j].Line != p.blocks[i].Line+1 || p.blocks[i].Col != 0 || p.blocks[j].Col != 0 || !hasLetter(p.blocks[i].Text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(p.blocks[j].Text, openMarks))
	return unicode.IsLower(r)
}

// openMarks are the quotation marks and brackets a line may open with
// before the lower-case word that carries the sentence above on
// ("“transitions”: changes to ...").
const openMarks = "\"'“‘«„([¿¡"

// TitleTailRule labels the line that goes on with a headline of flattened
// text in lower case ("Ministers agree on", "a road link"): kind Title.
// Package extract joins it to the title where it reads as the headline's
// second line, which the flattener's line break cut off; else it lands
// among the removed blocks, not in the story.
const TitleTailRule = "generic/title-tail"

// wrappedTitleTail labels the free line right under headline t that goes
// on with it in lower case (continues), above the story's first paragraph
// end, when the two make a headline's length and the line is no byline
// or date line: the headline hard-wrapped
// over two lines. Left free, the output prints it as the story's first
// paragraph, and a second pass over the output takes that line, the
// closest headline-shaped line above the story, for the headline.
//
// Joining the two into the title was tried (and reverted): whether the
// joined line reads as a headline on a second pass depends on every stage
// before the head (a credit split off, a copyright line, a caption), which
// the head cannot check from here. The first line alone is what the head
// already chose, and it prints alone, so the second pass reads it as the
// first did.
func (p *Page) wrappedTitleTail(t, end int) {
	k := t + 1
	if k >= end || !p.free(k) || k == p.opensPara || !p.continues(t, k) {
		return // (opensPara: k opens a paragraph of prose, titleOverJoined)
	}
	s := p.blocks[k].Text
	if strings.HasPrefix(strings.ToLower(s), "by ") || byline.MatchString(s) || len(bylineNames(s)) > 0 {
		return // a byline in lower case ("by jane | Mar 3, 2025"), the text head's
	}
	if k+1 < end && bylineLabel.MatchString(s) && len(bylineNames("By "+p.blocks[k+1].Text)) > 0 {
		return // a byline's label alone over the names ("by" over "Jane Doe, Senior Editor"), the text head's
	}
	if _, _, ok := findDateStamp(s); ok {
		return // a date line, the text head's
	}
	if !isTitle(p.blocks[t].Text + " " + s) {
		return
	}
	p.labelAs(k, Title, TitleTailRule)
}

// printLinesAlone keeps free line i and the hard-wrapped lines under it
// that the output would join to it (joinedAbove) apart, each printed as a
// paragraph of its own, when joined they read as a headline and line i
// alone does not. The head's last resort (the first headline-shaped line
// of the page, detectHead) reads each line alone; a second pass over the
// output reads the joined paragraph as one line, and took it for the
// headline the first pass did not find (FuzzIdempotent/caccd2fd0e6b47eb).
//
// Making the joined line the headline instead would ask whether a second
// pass reads it as one, which depends on every stage before the head (see
// wrappedTitleTail); printed apart, the lines are read as the first pass
// read them. The lines are kept together when one of them alone would read
// as prose, where the joined paragraph did not: the second pass would
// find a story there that the first did not.
func (p *Page) printLinesAlone(i int) {
	if p.in.doc != nil || p.joinedAbove(i) {
		return
	}
	last, n := i, len(p.blocks[i].Text)
	for j := i + 1; j < len(p.blocks) && p.free(j) && p.joinedAbove(j); j++ {
		if n += 1 + len(p.blocks[j].Text); n > 2*maxShort {
			return // too long for a headline, whatever the normaliser prints
		}
		last = j
	}
	if last == i {
		return
	}
	if s := p.joinedText(i, last, n); !isTitle(s) || isTitleTrap(s) {
		return
	}
	p.setWrapped(i+1, last, false)
	for j := i; j <= last; j++ {
		if p.proseKnown(j) {
			p.setWrapped(i+1, last, true)
			return
		}
	}
}

// setWrapped sets the Wrapped mark of blocks from to last (both included)
// to w, and forgets the prose readings, which read a wrapped line with its
// paragraph (proseAt).
func (p *Page) setWrapped(from, last int, w bool) {
	for j := from; j <= last; j++ {
		p.blocks[j].Wrapped = w
	}
	p.prose = p.prose[:0]
}

// joinProseTail marks Wrapped free line i+1 when it goes on with free line
// i in lower case (continues), the two read together as the output would
// print them joined make a paragraph of prose that line i alone is not,
// and line i+1 printed alone (with the lines wrapped under it) is no prose
// either; it reports whether it did. titleAbove steps over such a pair as
// one hard-wrapped paragraph, so the head's last resort, which reads each
// line alone, must not take line i for the headline: the output would
// print line i+1 alone under it, and a second pass, reading it alone, took
// that line for the headline closest above the story
// (FuzzIdempotent/1ea5625a8adf7b40). Joined, the two are printed as the
// paragraph the first pass read, and the second pass reads it as prose
// too. A line i+1 that is prose alone stays apart: the second pass reads
// it as a paragraph of the story either way.
func (p *Page) joinProseTail(i int) bool {
	j := i + 1
	if p.in.doc != nil || p.blocks[i].Wrapped || j >= len(p.blocks) || !p.free(j) || p.blocks[j].Wrapped || !p.continues(i, j) || p.proseKnown(i) {
		return false
	}
	if p.printedProse(j) {
		return false // printed alone, a paragraph of prose: the second pass reads it so too
	}
	var sb strings.Builder
	sb.WriteString(p.blocks[i].Text)
	for k := j; k < len(p.blocks) && p.free(k) && (k == j || p.blocks[k].Wrapped) && sb.Len() < proseCap; k++ {
		sb.WriteByte(' ')
		sb.WriteString(p.blocks[k].Text)
	}
	if !isProse(sb.String()) {
		return false
	}
	p.setWrapped(j, j, true)
	return true
}
