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
		d, own, ok := p.parseDateline(t)
		if !ok {
			if p.proseAt(i) {
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
		textLen := len(strings.TrimRightFunc(t[:d.Len], isSpace))
		rule := "generic/dateline"
		if p.own != nil && len(p.own.datelines) > 0 {
			rule = p.own.id
		}
		if d.Len < len(t) {
			p.split(i, textLen, d.Len)
		}
		if p.labelAs(i, Dateline, rule) {
			p.blocks[i].Dateline = partsOf(d)
			if own >= 0 {
				p.hit(p.own, fDateline, own)
			}
		}
		p.creditAgency(d.Agency)
		return d.Agency
	}
	return ""
}

// summaryAbove reports whether prose block i is a summary printed above the
// story: the block under it opens with a dateline that credits an agency
// ("STEPANAKERT,  AUGUST 16, ARTSAKHPRESS: ..."), which only a story's first
// paragraph carries. Only the first prose block is let through so; it is
// then labelled the deck.
func (p *Page) summaryAbove(i int) bool {
	for j := p.titleAt; j < i; j++ {
		if p.free(j) && p.proseAt(j) {
			return false
		}
	}
	if i+1 >= len(p.blocks) || !p.free(i+1) {
		return false
	}
	d, _, ok := p.parseDateline(p.blocks[i+1].Text)
	return ok && d.Agency != ""
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

// parseDateline tries the outlet rule's dateline patterns, then the generic
// catalogue. own is the index of the rule's pattern that matched, or -1.
func (p *Page) parseDateline(t string) (d dateparse.Dateline, own int, ok bool) {
	if len(t) > 20 && p.own != nil {
		for ri, re := range p.own.datelines {
			if m := re.FindStringSubmatchIndex(t); m != nil && m[0] == 0 {
				groups := map[string]string{}
				for gi, name := range re.SubexpNames() {
					if name != "" && m[2*gi] >= 0 {
						groups[name] = t[m[2*gi]:m[2*gi+1]]
					}
				}
				d, err := dateparse.DatelineFromGroups(strings.TrimSpace(t[:m[1]]), groups)
				if err == nil {
					d.Len = m[1]
					for d.Len < len(t) && t[d.Len] == ' ' {
						d.Len++
					}
					return d, ri, true
				}
			}
		}
	}
	d, ok = dateparse.ParseDateline(t)
	return d, -1, ok
}

// creditAgency uses the dateline's agency to name an outlet not known yet,
// and activates the agency's rule for wire copy republished elsewhere.
func (p *Page) creditAgency(agency string) {
	if agency == "" {
		return
	}
	r := p.in.rules.ForAgency(agency)
	if p.outlet.Name == "" {
		p.outlet = Outlet{Name: agency, From: "dateline"}
		if r != nil {
			p.own, p.outlet = r, r.outlet("dateline")
		}
	}
	p.wire = r
}
