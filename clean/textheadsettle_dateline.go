package clean

import (
	"strings"
)

// settleDatelineBelow gives the body back a dateline that stands below a
// line the output keeps in the body. The text output prints the dateline
// at the head of the first paragraph, so such a dateline would be printed
// above the line it followed on the page, glued to it: text moved, and a
// second pass reads the glued line afresh (a one-line page, say, becomes
// a headline). The dateline stage skips the short lines under the
// headline that are not prose, since the head and outside-story stages
// take most of them out; here, once they have run, a line still kept
// above the dateline means the dateline does not open the story. It stays
// in the body where it stands, a paragraph of its own (split off the head
// of its line, the rest of the line is another); a second pass reads it
// there, alone on its line under the same kept line, and gives it back
// the same way.
func (p *Page) settleDatelineBelow() {
	d := -1
	for i := range p.blocks {
		if b := &p.blocks[i]; b.Kind == Dateline && b.Dateline != nil {
			d = i
			break
		}
	}
	if d < 0 {
		return
	}
	for i := range d {
		if k := p.blocks[i].Kind; k == "" || k == Body {
			b := &p.blocks[d]
			b.Kind, b.Rule, b.Dateline = "", "", nil
			p.givenBackCredit(d)
			p.givenBackHeadline(d)
			return
		}
	}
	if p.datelineCredit(d) || p.datelineAlone(d) || p.datelineUnread(d) {
		return
	}
	p.settleDatelineGlued(d)
}

// givenBackCredit labels line d, a dateline given back to the body under
// a line the output keeps, a photo's credit when it alone reads as one
// ("(Reuters)", the rest of its line left out): a second pass reads it
// alone on its line, and the image stage, which runs before the dateline
// stage, takes it for a credit (FuzzIdempotent/a9a1b567a7158932), as
// datelineUnread has it under the headline.
func (p *Page) givenBackCredit(d int) {
	b := &p.blocks[d]
	if t := strings.TrimSpace(b.Text); len(t) <= maxShort && readsCredit(t) {
		b.Kind, b.Rule = Credit, "generic/image"
	}
}

// givenBackHeadline labels line d, a dateline given back to the body under
// a line the output keeps, the headline when the page has none and the
// story no paragraph of prose, and the line is headline-shaped: the head
// ran while the line was a dateline, out of its reach, and found no
// headline among the lines above it. A second pass reads the line alone
// on its line (the rest of its line left out), where the head's last
// resort, the first headline-shaped line of a page without a story, takes
// it (FuzzIdempotent/1d18a3550f7a8fa6: "AA(B)-" under "BY 00 0 0!").
// The output then prints it first, as the second pass prints it. A
// headline the last resort passes over (titlePassedOver) is no headline
// here: it goes back to the body, where the output prints it under d.
func (p *Page) givenBackHeadline(d int) {
	b := &p.blocks[d]
	if b.Kind != "" {
		return
	}
	h := titleIndex(p.blocks)
	if h >= 0 && !p.titlePassedOver(h, d) {
		return
	}
	t := strings.TrimSpace(b.Text)
	if !isTitle(t) || isTitleTrap(t) {
		return
	}
	if g, _, ok := p.parseDateline(t); ok && g.Len == len(t) {
		return // read alone as the dateline it is, were it printed first
	}
	for i := range p.blocks {
		if k := p.blocks[i].Kind; (k == "" || k == Body) && isProse(p.blocks[i].Text) {
			return // a story: the second pass looks above it
		}
	}
	if h >= 0 {
		p.blocks[h].Kind, p.blocks[h].Rule = "", ""
	}
	b.Kind, b.Rule = Title, "generic/title"
	traceTitle(p, "settle-dateline", d)
}

// titlePassedOver reports whether headline h, above line d (a dateline
// given back to the body), is one the head's last resort passes over, a
// lead-in ("Talks go on," ends with a comma: leadIn), with no line the
// output keeps between the two. titleAbove took it over the story's first
// paragraph, the dateline's line; with the rest of that line left out,
// the output holds no story, and a second pass over it, finding none,
// reads the printed lines with its last resort: it passes over the
// headline printed first and takes the line under it
// (FuzzIdempotent/lead-in-over-bare-dateline: "0000 000A," over
// "AAAAaAA(Reuters) A a0A 00 0").
func (p *Page) titlePassedOver(h, d int) bool {
	if h > d || p.blocks[h].Rule != "generic/title" || !leadIn(strings.TrimSpace(p.blocks[h].Text)) {
		return false
	}
	for i := h + 1; i < d; i++ {
		if inBody(p.blocks[i].Kind) {
			return false
		}
	}
	return true
}

// datelineAlone labels dateline d the headline when it is all the text
// output would print: no headline, and every other line left out (the
// rest of its own line too). A second pass over the output reads a page
// of that one line: where no form reads the line alone as the dateline
// (the dateline stage read it with the rest of its line, which the story
// left out), the head takes a headline-shaped line alone on a page for
// its headline (the first headline-shaped line, detectHead), so the first
// pass takes it so too (FuzzIdempotent/2c822218c53d9200).
func (p *Page) datelineAlone(d int) bool {
	if !p.onlyOutput(d) {
		return false
	}
	b := &p.blocks[d]
	t := strings.TrimSpace(b.Text)
	if g, _, ok := p.parseDateline(t); ok && g.Len == len(t) {
		return false // read alone as the dateline it is
	}
	if !isTitle(t) || isTitleTrap(t) {
		return false
	}
	b.Kind, b.Rule, b.Dateline = Title, "generic/title", nil
	traceTitle(p, "settle-dateline-back", d)
	return true
}

// onlyOutput reports whether block d is all the text output would print:
// no other block is the headline, the story's or still unlabelled.
func (p *Page) onlyOutput(d int) bool {
	for i := range p.blocks {
		if k := p.blocks[i].Kind; i != d && (k == "" || k == Body || k == Title) {
			return false
		}
	}
	return true
}

// datelineCredit labels dateline d a photo's credit when it is all the
// text output would print (no headline, every other line left out) and
// its text alone reads as one ("(Reuters)"): a second pass over the output
// reads a page of that one line, and the image stage, which runs before
// the dateline stage, takes the line for a credit
// (FuzzIdempotent/92afbcdc4829d1ba). The first pass read it as the
// dateline of the rest of its line, which the story left out.
func (p *Page) datelineCredit(d int) bool {
	if !p.onlyOutput(d) {
		return false
	}
	b := &p.blocks[d]
	if !readsCredit(strings.TrimSpace(b.Text)) {
		return false
	}
	b.Kind, b.Rule, b.Dateline = Credit, "generic/image", nil
	return true
}

// readsCredit reports whether line t alone is what the image stage takes
// for a photo's credit (detectImages).
func readsCredit(t string) bool {
	return mayCredit(t) && !isWireCredit(t) && startsCredit(t) && creditLine().MatchString(t) && !sourceSentence(t)
}

// datelineUnread gives dateline d back to the body when, under the
// headline, it is all the story the text output would print (the rest of
// its line and every line under it left out) and no form reads it alone:
// a second pass over the output reads that line alone, as no dateline, and
// prints it as the story's one paragraph. The dateline stage read it with
// the rest of its line, which the story left out
// (FuzzIdempotent/814ebfc33e158c68). With no headline, datelineAlone
// reads the line as the second pass does. A line that alone reads as a
// photo's credit ("(Reuters)") is labelled one, as the second pass's image
// stage labels it under the headline (FuzzIdempotent/fcaccfbed2e81f5d).
func (p *Page) datelineUnread(d int) bool {
	for i := range p.blocks {
		if k := p.blocks[i].Kind; i != d && (k == "" || k == Body) {
			return false
		}
	}
	b := &p.blocks[d]
	t := strings.TrimSpace(b.Text)
	if g, _, ok := p.parseDateline(t); ok && g.Len == len(t) {
		return false // read alone as the dateline it is
	}
	b.Kind, b.Rule, b.Dateline = "", "", nil
	p.givenBackCredit(d)
	p.givenBackHeadline(d)
	return true
}

// settleDatelineGlued keeps dateline d on a line of its own in the text
// output ([DatelineParts].OwnLine) when, glued to the paragraph the output
// prints it at the head of, it would not read as the same dateline, by any
// form the page reads datelines with. The dateline
// stage read it on its own input line, or split off the text after it
// there ("BAKU /TASS/ 0", the rest of the line left out of the story): the
// paragraph under it may open as no story does after a dateline (in lower
// case, say), and a second pass would read the glued line as the story's
// text, or as the headline of a page that one line is.
func (p *Page) settleDatelineGlued(d int) {
	b := &p.blocks[d]
	if b.Dateline.OwnLine {
		return
	}
	for i := d + 1; i < len(p.blocks); i++ {
		if k := p.blocks[i].Kind; k == "" || k == Body {
			t := strings.TrimSpace(b.Text)
			glued := t + " " + headBytes(p.blocks[i].Text, maxDatelineHead) // the forms see only the head
			g, _, ok := p.parseDateline(glued)
			b.Dateline.OwnLine = !ok || strings.TrimSpace(glued[:min(g.Len, len(glued))]) != t
			return
		}
	}
}
