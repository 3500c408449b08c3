package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// readRest reads block i, the rest of a line split in the head-settle
// stage (the headline's copy split off the story's first paragraph, a
// dateline split late), as a second pass over the text output reads the
// line of its own the output prints it on: the earlier stages read the
// whole line, not the rest. Alone, the rest meets, in the second pass's
// order, the lists stage's headers ("POPULAR" under a headline split off
// its repeat heads a "latest" list, FuzzIdempotent/e420e10dc2b252a5), with
// the headline lines under it; the phrases stage's line checks ("0 0 0"
// has no words); the image stage's credits ("Photo by Jane Doe", and a
// wire's "Source: Reuters"); the text head's date lines, as the first
// line under the headline (the page's date line where it has none, else
// clutter); and the dateline stage, which takes a dateline alone on its
// line at the head of the story ("MOSCOW (Reuters) -"). A rest that a
// stage labelled with the line is left as it is.
func (p *Page) readRest(i int) {
	p.listHeader(i)
	p.phraseLine(i)
	p.creditAlone(i)
	if p.free(i) {
		p.headFound().takeDate(p, i)
	}
	p.datelineRest(i)
}

// datelineRest labels free block i the page's dateline when the page has
// none and the line, read alone, opens with one (parseDateline: the
// outlet's forms, the forms read anywhere, the generic catalogue), split off
// the rest of the line as the dateline stage splits it. The lines the
// head-settle stage runs after this one (settleDatelineBelow) settle it
// further as the output prints it.
func (p *Page) datelineRest(i int) {
	t := strings.TrimSpace(p.blocks[i].Text)
	if !p.free(i) || p.in.rules == nil || hasKind(p.blocks, Dateline) {
		return
	}
	d, from, ok := p.parseDateline(t)
	if !ok {
		if d, from, ok = p.restOutletDateline(t); !ok {
			return
		}
	}
	rule := "generic/dateline"
	if from.rule != nil {
		rule = from.rule.id
	}
	if t != p.blocks[i].Text {
		return // white space at its edges: no offsets to split at
	}
	if d.Len < len(t) {
		// Split off as the dateline stage splits a paragraph's: the
		// rest is a line of its own to a second pass, read so here
		// ("AAAAAAA(Reuters) 0": the "0" a line without words;
		// FuzzIdempotent/d8ef15254f3e2b36).
		p.split(i, len(strings.TrimRightFunc(t[:d.Len], isSpace)), d.Len)
	}
	if p.labelAs(i, Dateline, rule) {
		p.blocks[i].Dateline = partsOf(d)
		p.creditAgency(d.Agency, from)
	}
	if d.Len < len(t) && i+1 < len(p.blocks) {
		p.phraseLine(i + 1)
	}
}

// restOutletDateline reads line t, the rest of a line split in the
// head-settle stage, as the dateline of the outlet that one of its rules'
// fingerprints names when it matches the line alone, on a page that no
// address or fingerprint named: the text output prints the rest on a line
// of its own, where a second pass's outlet stage finds the fingerprint
// ("ANKARA-Anadolu Agency" names its outlet only alone) and reads the line
// with that outlet's dateline forms. The outlet is then the page's, as the
// second pass names it.
func (p *Page) restOutletDateline(t string) (dateparse.Dateline, datelineSource, bool) {
	if p.own != nil || p.outlet.Name != "" || len(t) > maxMatch {
		return dateparse.Dateline{}, datelineSource{}, false
	}
	for _, r := range p.in.rules.rules {
		for fi := range r.fingerprints {
			fp := &r.fingerprints[fi]
			if !fp.fits(t) || fp.skip(t) || !fp.re.MatchString(t) {
				continue
			}
			p.own = r
			d, from, ok := p.parseDateline(t)
			if !ok || d.Len < len(t) {
				p.own = nil
				return dateparse.Dateline{}, datelineSource{}, false
			}
			p.outlet = r.outlet("fingerprint")
			if fi < 64 {
				p.hit(r, fFingerprint, fi)
			}
			return d, from, true
		}
	}
	return dateparse.Dateline{}, datelineSource{}, false
}

// creditAlone labels free block i, read alone, as the image stage labels a
// line of its own (detectImages): a wire's credit of the whole story, or a
// photo's credit.
func (p *Page) creditAlone(i int) {
	t := p.blocks[i].Text
	if !p.free(i) || len(t) > maxShort || !mayCredit(t) {
		return
	}
	switch {
	case isWireCredit(t):
		if p.labelAs(i, Signoff, "generic/wire-credit") {
			p.blocks[i].Credit, _ = dateparse.WireCredit(t)
		}
	case readsCredit(t):
		p.labelAs(i, Credit, "generic/image")
	}
}
