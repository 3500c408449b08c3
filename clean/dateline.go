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
func (p *Page) splitDateline() {
	for i := p.titleAt; i < len(p.blocks) && i < p.titleAt+maxHead; i++ {
		if !p.free(i) {
			continue
		}
		t := p.blocks[i].Text
		d, ok := p.parseDateline(t)
		if !ok {
			if p.proseAt(i) {
				return
			}
			continue
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
		}
		p.creditAgency(d.Agency)
		return
	}
}

// parseDateline tries the outlet rule's dateline patterns, then the generic
// catalogue.
func (p *Page) parseDateline(t string) (dateparse.Dateline, bool) {
	if len(t) > 20 && p.own != nil {
		for _, re := range p.own.datelines {
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
					return d, true
				}
			}
		}
	}
	return dateparse.ParseDateline(t)
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
