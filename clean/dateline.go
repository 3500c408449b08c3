package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// maxHead is how many blocks from the top are searched for the dateline.
const maxHead = 80

// splitDateline finds the agency dateline that opens the first paragraph
// ("BAKU, March 14. /TASS/. Baku is ready ...") and splits it off into a block
// of its own. When the outlet is still unknown, the agency the dateline
// credits names it; the agency's rule, if there is one, becomes active.
//
// A story whose dateline names no wire may credit its wire on a line of
// its own, at its head or foot ("SOURCE:AA", "Source: Reuters"): that
// wire's rule becomes active as a dateline's would (its clutter patterns,
// its zone for times printed without one), but the wire does not name the
// outlet. Sites that reprint wire copy print such credits, the wire's own
// site does not, so the page is most likely not the wire's. (The images
// stage labels the line itself: a signoff, rule "generic/wire-credit",
// with the wire's name as [Block].Credit.)
func (p *Page) splitDateline() {
	if p.findDateline() == "" {
		p.creditWireLine()
	}
}

// findDateline splits off the dateline and returns the agency it credits:
// "" when it credits none or there is no dateline.
func (p *Page) findDateline() string {
	summary := -1
	for i := p.titleAt; i < len(p.blocks) && i < p.titleAt+maxHead; i++ {
		if !p.free(i) {
			continue
		}
		t := p.blocks[i].Text
		d, from, ok := p.parseDateline(t)
		if !ok {
			d, from, ok = p.datelineOver(i)
		}
		if !ok {
			if k := p.bylineBeforeDateline(i); k > 0 {
				// the byline goes into a block of its own, for the
				// head's stage to read; the dateline opens the next
				p.split(i, k-1, k)
				continue
			}
		}
		if !ok {
			if p.proseKnown(i) {
				if !p.summaryAbove(i) {
					return ""
				}
				summary = i
			}
			continue
		}
		if summary >= 0 {
			p.labelAs(summary, Deck, "generic/deck")
		}
		// The dateline block keeps its separator ("(Interfax) -"), so that
		// no character falls between the blocks.
		// The story starts past the blanks after the dateline: a dateline
		// that ends without a separator (Xinhua's "新华社南京3月5日电") may
		// end at an HTML line break, which the block's text keeps as "\n".
		textLen := len(strings.TrimRightFunc(t[:d.Len], isSpace))
		story := len(t) - len(strings.TrimLeftFunc(t[d.Len:], isSpace))
		rule := "generic/dateline"
		if from.rule != nil {
			rule = from.rule.id
		}
		if story < len(t) {
			p.split(i, textLen, story)
		}
		if p.labelAs(i, Dateline, rule) {
			p.blocks[i].Dateline = partsOf(d)
			p.blocks[i].Dateline.OwnLine = story == len(t) && i+1 < len(p.blocks) && !p.readGlued(t, p.blocks[i+1].Text)
			if from.rule != nil {
				p.hit(from.rule, fDateline, from.form)
			}
		}
		p.creditAgency(d.Agency, from)
		return d.Agency
	}
	return ""
}

// summaryAbove reports whether prose block i is a summary printed above the
// story: the block under it (past the story's byline and date line) opens
// with a dateline that credits an agency ("STEPANAKERT,  AUGUST 16,
// ARTSAKHPRESS: ...") or names the reporters, which only a story's first
// paragraph carries. Only the first prose block is let through so; it is
// then labelled the deck.
func (p *Page) summaryAbove(i int) bool {
	for j := p.titleAt; j < i; j++ {
		if p.free(j) && p.proseKnown(j) {
			return false
		}
	}
	// the story's byline and date line may stand between, labelled or
	// not yet: "记者：张三" and "2026年12月04日" under the standfirst;
	// anything else between (a paragraph, a headline) ends the search
	for j := i + 1; j < len(p.blocks) && j <= i+3; j++ {
		b := &p.blocks[j]
		switch {
		case b.Kind == Byline || b.Kind == Date:
			continue
		case !p.free(j):
			return false
		}
		// an agency's credit, or the reporters a paper's own dateline
		// names ("【ワシントン=山田太郎】"): only a story's first paragraph
		// opens so
		if d, _, ok := p.parseDateline(b.Text); ok && (d.Agency != "" || len(d.Reporters) > 0) {
			return true
		}
		if !bylineOrDate(b.Text) {
			return false
		}
	}
	return false
}

// bylineOrDate reports whether a line not labelled yet reads as a byline
// ([bylineMatch]) or as a date line of the head ([headDateLine]). Both are
// short: a longer line (the story's first paragraph, most often) is
// turned down before the byline's patterns are tried on it.
func bylineOrDate(t string) bool {
	if len(t) > maxDateLine {
		return false
	}
	if _, _, ok := headDateLine(t); ok {
		return true
	}
	return bylineMatch(t) != nil
}

// creditWireLine activates the rule of the wire a credit line names, for a
// story whose dateline names none.
func (p *Page) creditWireLine() {
	if p.wire != nil {
		return
	}
	for i := range p.blocks {
		if t := p.blocks[i].Text; p.free(i) && isWireCredit(t) {
			agency, _ := dateparse.WireCredit(t)
			p.wire = p.in.rules.ForAgency(agency)
			return
		}
	}
}

// datelineSource says which rule's [[dateline]] form read a dateline: rule
// is nil when the generic catalogue did.
type datelineSource struct {
	rule *Rule
	form int // the index of the form in rule.datelines
}

// reprint reports whether the form marks a reprint of the rule's copy.
func (s datelineSource) reprint() bool { return s.rule != nil && s.rule.datelines[s.form].reprint }

// parseDateline tries the outlet rule's dateline forms, then the forms of
// every rule that are read anywhere (an agency's own dateline, kept by the
// sites that reprint its copy), then the generic catalogue. The agency is
// spelled the way the rule that claims it spells it. A form that credits
// the agency alone ("(MENAFN- Trend News Agency) ") may be followed by the
// source's own dateline, which is then read with it as one.
func (p *Page) parseDateline(t string) (d dateparse.Dateline, from datelineSource, ok bool) {
	if r := p.datelines.find(t, p.own); r != nil {
		return r.d, r.from, r.ok
	}
	d, from, ok = p.parseDatelineOnce(t)
	p.datelines.add(datelineRead{t: t, own: p.own, d: d, from: from, ok: ok})
	return d, from, ok
}

// parseDatelineOnce is parseDateline without the page's memo.
func (p *Page) parseDatelineOnce(t string) (d dateparse.Dateline, from datelineSource, ok bool) {
	d, from, ok = p.parseOneDateline(t)
	if !ok {
		return d, from, false
	}
	if d.Place == "" && d.Len < len(t) {
		if d2, _, ok2 := p.parseOneDateline(t[d.Len:]); ok2 && d2.Place != "" {
			d2.Text = strings.TrimSpace(t[:d.Len+len(strings.TrimRightFunc(t[d.Len:d.Len+d2.Len], isSpace))])
			d2.Len += d.Len
			if d2.Agency == "" {
				d2.Agency = d.Agency
			}
			d = d2
		}
	}
	d.Agency = p.in.rules.canonicalAgency(d.Agency)
	return d, from, true
}

// parseOneDateline reads the dateline that opens t, if any (see
// parseDateline).
func (p *Page) parseOneDateline(t string) (dateparse.Dateline, datelineSource, bool) {
	if p.own != nil {
		if d, fi, ok := p.own.readDateline(t, false, p); ok {
			return d, datelineSource{p.own, fi}, true
		}
	}
	var lits anywhereHeadLits
	for k, r := range p.in.rules.anywhere {
		if r == p.own || !r.mayReadAnywhere(t) || lits.passOver(p.in.rules, k, t) {
			continue
		}
		if d, fi, ok := r.readDateline(t, true, p); ok {
			// a rule's form that names no wire, read on another site's
			// page, gives way to the generic reading that goes on to a
			// wire's credit ("Baku, Azerbaijan, December 5 (Trend) -")
			if d.Agency == "" {
				if g, ok := dateparse.ParseDatelineWith(t, &p.datelines.runs); ok && g.Agency != "" && g.Len > d.Len {
					return g, datelineSource{}, true
				}
			}
			return d, datelineSource{r, fi}, true
		}
	}
	d, ok := dateparse.ParseDatelineWith(t, &p.datelines.runs)
	return d, datelineSource{}, ok
}

// minDatelineLen is the shortest text a rule's dateline form is tried on:
// "(ARMENPRESS)" alone on its line is one.
const minDatelineLen = 8

// maxDatelineHead is how far into a paragraph a rule's dateline form may
// reach: the forms see only its head, so a long paragraph costs no more
// than a short one.
const maxDatelineHead = 256

// readDateline tries the rule's dateline forms (only those read anywhere,
// if anywhere) on the start of t, and returns the dateline with the index
// of the form that read it.
func (r *Rule) readDateline(t string, anywhere bool, p *Page) (dateparse.Dateline, int, bool) {
	if len(t) < minDatelineLen {
		return dateparse.Dateline{}, 0, false
	}
	head := headBytes(t, maxDatelineHead)
	for fi, rd := range r.datelines {
		// The prefixes are tested before the literal: HasPrefix is one
		// comparison, the literal a search of the head.
		if anywhere && !rd.anywhere || rd.match.cannotStart(head) || !hasAnyPrefix(head, rd.match.prefix) ||
			rd.match.lit != "" && !strings.Contains(head, rd.match.lit) || !rd.match.holdsAny(head) {
			continue
		}
		re := rd.match.re
		m := re.FindStringSubmatchIndex(head)
		if m == nil || m[0] != 0 {
			continue
		}
		groups := map[string]string{}
		for gi, name := range re.SubexpNames() {
			if name != "" && m[2*gi] >= 0 {
				groups[name] = head[m[2*gi]:m[2*gi+1]]
			}
		}
		d, err := dateparse.DatelineFromGroups(strings.TrimSpace(head[:m[1]]), groups)
		if err != nil {
			continue
		}
		d.Len = m[1]
		for d.Len < len(t) && t[d.Len] == ' ' {
			d.Len++
		}
		return d, fi, true
	}
	return dateparse.Dateline{}, 0, false
}

// creditAgency uses the dateline's agency to name an outlet not known yet,
// and activates the agency's rule for wire copy republished elsewhere. A
// form read anywhere names its own rule's outlet (MENAFN's credit names
// MENAFN, the source being the agency), unless it marks a reprint, which
// names none.
func (p *Page) creditAgency(agency string, from datelineSource) {
	r := p.in.rules.ForAgency(agency)
	if agency != "" {
		p.wire = r
	}
	if p.outlet.Name != "" || from.reprint() {
		return
	}
	switch {
	case from.rule != nil && from.rule != p.own && agency != "":
		p.own, p.outlet = from.rule, from.rule.outlet("dateline")
	case agency == "":
	case r != nil:
		p.own, p.outlet = r, r.outlet("dateline")
	default:
		p.outlet = Outlet{Name: agency, From: "dateline"}
	}
}

// readGlued reports whether a dateline that stands alone on its line (t)
// would still be read as that dateline, glued to the paragraph under it
// (next) as the text output prints a dateline, by the forms a second pass
// reads without knowing the outlet: the rules' forms read anywhere and the
// generic catalogue. An outlet's form written for the line alone ("ANKARA-
// Anadolu Agency", anchored at the line's end) reads it only on its own
// line, and the line is often the page's only sign of the outlet; glued,
// the second pass would read neither and take the line for the story's (or
// a headline's) text. Such a dateline is marked [DatelineParts].OwnLine
// and the text output keeps it on a line of its own, at the head of the
// first paragraph.
func (p *Page) readGlued(t, next string) bool {
	glued := t + " " + headBytes(next, maxDatelineHead) // the forms see only the head
	same := func(d dateparse.Dateline) bool {
		return strings.TrimSpace(glued[:min(d.Len, len(glued))]) == t
	}
	for _, r := range p.in.rules.anywhere {
		if !r.mayReadAnywhere(glued) {
			continue
		}
		if d, _, ok := r.readDateline(glued, true, p); ok {
			return same(d)
		}
	}
	d, ok := dateparse.ParseDatelineWith(glued, &p.datelines.runs)
	return ok && same(d)
}
