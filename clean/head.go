package clean

import (
	"regexp"
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

// detectDates labels the lines that hold only a date and time, above the
// body or below it (a date inside the story is left to the story). A section
// label printed before the date ("CHRONICLE  25 May 2023 - 23:12") is split
// off as a section block.
func (p *Page) detectDates() {
	p.findBody()
	for i := 0; i < len(p.blocks); i++ {
		if !p.free(i) || i > p.first && i < p.last {
			continue
		}
		t := p.blocks[i].Text
		if len(t) > 120 || p.proseAt(i) {
			continue
		}
		if p.ruleDate(i) {
			continue
		}
		st, label, ok := dateparse.DateLine(t)
		if !ok {
			continue
		}
		if label != "" && strings.HasPrefix(t, label) {
			rest := strings.TrimLeft(t[len(label):], " \t\u00a0")
			p.split(i, len(label), len(t)-len(rest))
			p.labelAs(i, Section, "generic/date")
			i++
			// Words between the section and the date ("Politics
			// Materials 27 August 2025 ...") are a block of their own.
			if w := wordsBeforeDate(rest); w > 0 {
				after := strings.TrimLeft(rest[w:], " \t\u00a0")
				p.split(i, w, len(rest)-len(after))
				p.labelAs(i, Metadata, "generic/date")
				i++
			}
		}
		if p.labelAs(i, Date, "generic/date") {
			p.blocks[i].Stamp = stampOf(st)
		}
	}
}

// wordsBeforeDate returns the length of the words (at most two) that stand
// before the date in s, or 0 when s is a date line as it is.
func wordsBeforeDate(s string) int {
	if _, _, ok := dateparse.DateLine(s); ok {
		return 0
	}
	end := 0
	for n := 0; n < 2; n++ {
		sp := strings.IndexAny(s[end:], " \u00a0")
		if sp < 0 {
			return 0
		}
		end += sp
		rest := strings.TrimLeft(s[end:], " \t\u00a0")
		if _, _, ok := dateparse.DateLine(rest); ok {
			return end
		}
		end = len(s) - len(rest)
	}
	return 0
}

// ruleDate labels block i as a date if one of the outlet rule's date patterns
// matches all of it.
func (p *Page) ruleDate(i int) bool {
	if p.own == nil {
		return false
	}
	t := p.blocks[i].Text
	for _, re := range p.own.dates {
		m := re.FindStringSubmatchIndex(t)
		if m == nil || m[0] != 0 || m[1] != len(t) {
			continue
		}
		if ti := re.SubexpIndex("title"); ti >= 0 && m[2*ti] >= 0 {
			continue // a date with text after it is not a date line
		}
		if !p.labelAs(i, Date, p.own.id) {
			return false
		}
		if st, ok := p.readDate(t); ok {
			p.blocks[i].Stamp = stampOf(st)
		}
		return true
	}
	return false
}

// byline matches "By Jane Doe", "Author: Jane Doe", "Story by Jane Doe and John Roe".
var byline = regexp.MustCompile(`^(?i:by|author:|authors:|story by|written by)\s+\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s*|\s+(?i:and)\s+)\p{Lu}[\p{L}'’.-]*){0,5}$`)

// detectHead labels the title, its repeats, the deck and bylines among the
// blocks above the body.
func (p *Page) detectHead() {
	p.findBody()
	end := min(p.first, len(p.blocks))
	for i := 0; i < end; i++ {
		if !p.free(i) || len(p.blocks[i].Text) > 100 {
			continue
		}
		switch t := p.blocks[i].Text; {
		case byline.MatchString(t):
			p.labelAs(i, Byline, "generic/byline")
		case p.own != nil && matchesAll(p.own.bylines, t):
			p.labelAs(i, Byline, p.own.id)
		case p.own != nil && matchesAll(p.own.sections, t):
			p.labelAs(i, Section, p.own.id)
		}
	}
	t := -1
	for i := 0; i < len(p.blocks) && i < maxHead; i++ {
		if p.blocks[i].Kind == Title { // a rule or an HTML selector labelled it
			t = i
			break
		}
	}
	switch {
	case t >= 0 && p.titleAt > 0:
		p.summaryDeck(t)
	case t < 0:
		for i := 0; i < end && t < 0; i++ {
			if p.free(i) && isTitle(p.blocks[i].Text) {
				t = i
			}
		}
		if t < 0 {
			return
		}
		p.labelAs(t, Title, "generic/title")
	}
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
	if deck >= 0 && wordCount(p.blocks[deck].Text) >= 5 && p.isDeck(deck, end) {
		rule := "generic/deck"
		if p.own != nil && p.own.deck {
			rule = p.own.id
		}
		p.labelAs(deck, Deck, rule)
	}
}

// splitDateTitle applies the outlet rule's date patterns that have a title
// group to the top of the page: a line that joins the date and the title
// ("July 6, 2023, 10:56 Seeds and fuel to be handed out ...") becomes a date
// block and a title block, and the story is then looked for below it. Such
// a line is not prose, and stands above the second paragraph of prose.
func (p *Page) splitDateTitle() {
	if p.own == nil {
		return
	}
	for _, re := range p.own.dates {
		ti := re.SubexpIndex("title")
		if ti < 0 {
			continue
		}
		prose := 0 // a summary may stand above the title; the story may not
		for i := 0; i < len(p.blocks) && i < maxHead && prose < 2; i++ {
			t := p.blocks[i].Text
			if p.proseAt(i) {
				prose++
				continue
			}
			if !p.free(i) || len(t) > maxShort {
				continue
			}
			m := re.FindStringSubmatchIndex(t)
			if m == nil || m[0] != 0 || m[1] != len(t) || m[2*ti] <= 0 {
				continue
			}
			date := strings.TrimRightFunc(t[:m[2*ti]], isSpace)
			p.split(i, len(date), m[2*ti])
			p.labelAs(i, Date, p.own.id)
			if st, ok := p.readDate(date); ok {
				p.blocks[i].Stamp = stampOf(st)
			}
			p.labelAs(i+1, Title, p.own.id)
			p.titleAt = i + 1
			return
		}
	}
}

// summaryDeck labels the summary printed above a title (one free paragraph
// between the top of the page and the title) as the deck.
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
		p.labelAs(d, Deck, p.own.id)
	}
}

// matchesAll reports whether one of the patterns matches all of s.
func matchesAll(pats []pattern, s string) bool {
	for _, pt := range pats {
		if m := pt.re.FindStringIndex(s); m != nil && m[0] == 0 && m[1] == len(s) {
			return true
		}
	}
	return false
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
	return len(s) <= maxShort && wordCount(s) >= 2 && !isProse(s)
}

// repeatsTitle reports whether line repeats title: whole, or cut short (some
// pages print the title again, cut at its first quotation mark).
func repeatsTitle(line, title string) bool {
	return line == title || len(line) >= 16 && wordCount(line) >= 3 && strings.HasPrefix(title, line)
}

// collapse folds white space runs to one space, for comparing repeats.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// detectTail labels bylines among the blocks below the body.
func (p *Page) detectTail() {
	p.findBody()
	for i := p.last + 1; i < len(p.blocks); i++ {
		if p.free(i) && len(p.blocks[i].Text) <= 100 && byline.MatchString(p.blocks[i].Text) {
			p.labelAs(i, Byline, "generic/byline")
		}
	}
}
