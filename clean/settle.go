package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// result returns the labelled page with what it says of itself.
func (p *Page) result(warnings []Warning) *Result {
	res := &Result{Blocks: p.blocks, Outlet: p.outlet, Warnings: append(warnings, p.warnings...), Hits: p.ruleHits(), Title: p.headline}
	if p.own != nil {
		res.Rule = p.own.id
	}
	if err := checkURL(p.in.url); err != nil {
		res.Warnings = append(res.Warnings, Warning{Kind: "bad-url", Detail: err.Error() + "; no outlet rule or date is read from it"})
	}
	if st, ok := dateparse.FromURL(p.in.url); ok {
		res.URLDate = stampOf(st)
	}
	if p.own != nil && p.own.urltitle && p.outlet.From == "url" {
		res.URLTitle = urlSlugWords(p.in.url)
	}
	return res
}

// readValues gives every labelled block the value its kind carries where the
// stage that labelled it did not read one: a date line's stamp, a dateline's
// parts, a byline's names, a credit without its marks. Detectors that parse
// as they label (dates, datelines) attach their values themselves.
func (p *Page) readValues() {
	for i := range p.blocks {
		b := &p.blocks[i]
		switch {
		case b.Kind == Date && b.Stamp == nil:
			if st, ok := p.readDate(b.Text); ok {
				b.Stamp = stampOf(st)
			}
		case b.Kind == Dateline && b.Dateline == nil:
			if d, ok := p.readDateline(p.restOfLine(i)); ok {
				b.Dateline = partsOf(d)
			}
		case b.Kind == Byline && b.Authors == nil:
			b.Authors = splitAuthors(b.Text)
		case b.Kind == Credit && b.Credit == "":
			b.Credit = bareCredit(b.Text)
		}
	}
}

// restOfLine returns block i's text with the block after it when that block
// is the rest of the same input line: a dateline split off its paragraph
// counts only with words after it in some forms ("BAKU (Combined Sources)–").
func (p *Page) restOfLine(i int) string {
	t := p.blocks[i].Text
	if i+1 < len(p.blocks) && p.blocks[i+1].Line == p.blocks[i].Line && !p.IsHTML() {
		t += " " + p.blocks[i+1].Text
	}
	return t
}

// readDate reads a date line with the generic catalogue in the page's
// language ([Page.dateLine]: a Croatian "listopada" is October), else with
// the active rules' date patterns.
func (p *Page) readDate(t string) (dateparse.Stamp, bool) {
	if st, _, ok := p.dateLine(t); ok {
		return st, true
	}
	for _, r := range p.active() {
		for _, re := range r.dates {
			if g := groups(re.FindStringSubmatch(t), re.SubexpNames()); g != nil {
				if st, err := dateparse.FromGroups(g); err == nil {
					return st, true
				}
			}
		}
	}
	return dateparse.Stamp{}, false
}

// readDateline reads a dateline as parseDateline does (the outlet's forms,
// the forms read anywhere, the generic catalogue), else with the active
// rules' dateline patterns.
func (p *Page) readDateline(t string) (dateparse.Dateline, bool) {
	if d, _, ok := p.parseDateline(t); ok {
		return d, true
	}
	for _, r := range p.active() {
		for _, rd := range r.datelines {
			re := rd.match.re
			if g := groups(re.FindStringSubmatch(t), re.SubexpNames()); g != nil {
				if d, err := dateparse.DatelineFromGroups(t, g); err == nil {
					return d, true
				}
			}
		}
	}
	return dateparse.Dateline{}, false
}

// groups maps a match's named groups to their text; nil if there is no match.
func groups(m []string, names []string) map[string]string {
	if m == nil {
		return nil
	}
	g := make(map[string]string, len(names))
	for i, n := range names {
		if n != "" && m[i] != "" {
			g[n] = m[i]
		}
	}
	return g
}

// settleZones gives the date lines that print a time without a zone the
// zone of the outlet that published the page, else the zone of the wire
// its dateline credits, else none.
func (p *Page) settleZones() {
	off, ok := 0, false
	for _, r := range []*Rule{p.own, p.wire} {
		if r != nil && r.hasZone {
			off, ok = r.zone, true
			break
		}
	}
	if !ok {
		return
	}
	for i := range p.blocks {
		if st := p.blocks[i].Stamp; p.blocks[i].Kind == Date && st != nil && st.HasTime && !st.HasZone {
			st.Offset, st.HasZone = off, true
		}
	}
}

// inferYear settles the year of the first dateline printed without one from
// the story's own paragraphs (see dateparse.InferYear).
func (p *Page) inferYear() {
	for i := range p.blocks {
		d := p.blocks[i].Dateline
		if p.blocks[i].Kind != Dateline || d == nil {
			continue
		}
		if d.Year == 0 && d.Month != 0 && d.Day != 0 {
			if y, ok := dateparse.InferYear(d.Month, d.Day, p.paragraphs()); ok {
				d.InferredYear = y
			}
		}
		return
	}
}

// paragraphs returns the body's paragraphs, hard-wrapped lines joined.
func (p *Page) paragraphs() []string {
	var out []string
	var b strings.Builder
	for i, bl := range p.blocks {
		if bl.Kind != Body {
			continue
		}
		if bl.Wrapped && i > 0 && p.blocks[i-1].Kind == Body && b.Len() > 0 {
			b.WriteByte(' ')
			b.WriteString(bl.Text)
			continue
		}
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
		b.WriteString(bl.Text)
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

// splitAuthors splits a byline into names: "By Jane Doe and John Roe",
// "Author: Jane Doe", "Author` Jane Doe" (Panorama.am's label, a grave
// accent for the colon); a name that names nobody (notAuthorName: "By
// Staff", "By admin") is left out, as is a job's title after a name
// ([jobTitle]: "By Jane Doe, Health Correspondent") or a place a dateline
// prints ([placeAfterComma]: "By Jane Doe, New York", where she files
// from), and a byline of such names alone gives none, read.
func splitAuthors(s string) []string {
	low := strings.ToLower(s)
	for _, p := range []string{"story by ", "written by ", "authors: ", "author: ", "author` ", "by "} {
		if strings.HasPrefix(low, p) {
			s = s[len(p):]
			break
		}
	}
	if k := creditByCut(s, ""); k > 0 {
		s = s[:k] // "Jane Doe, Art By John Roe": the artist is no author
	}
	var out []string
	nobody := false
	for _, part := range strings.Split(strings.ReplaceAll(roleTailCut(s), " and ", ", "), ",") {
		part = trimName(strings.TrimSpace(part))
		if len(out) > 0 && (jobTitle(part) || strings.HasPrefix(part, "The ") || placeAfterComma(part)) {
			continue // "By Jane Doe, Health Correspondent": her role, no second author; "By Jane Doe, The Daily Post": her paper; "By Jane Doe, New York": where she files from
		}
		if part != "" && notAuthorName(part) && !dateparse.IsWire(part) {
			nobody = true
			continue
		}
		if part != "" && part[0] != '#' && !dateparse.IsWire(part) && !filterName(part) && !credential(part) {
			out = append(out, part) // a wire is a source: "Jane Doe, Reuters"; a hashtag a series: "Jane Doe, #FactCheck"; a degree no one: "Jane Doe, PhD"
		}
	}
	if out == nil && nobody {
		return []string{}
	}
	return out
}

// bareCredit strips the marks around a credit: "© ", "Photo: ", brackets.
func bareCredit(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	s = strings.TrimSpace(strings.TrimPrefix(s, "©"))
	low := strings.ToLower(s)
	for _, p := range []string{"photo credit:", "photos:", "photo:", "image:", "picture:", "source:", "credit:", "photo by", "image by"} {
		if strings.HasPrefix(low, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}
