package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// detectDates labels the lines that hold only a date and time (as
// [dateparse.DateLine] reads them, a Chinese, Japanese or Korean date:
// [cjkDateAlone], or a Persian one of the solar Hijri calendar:
// [solarLine]), above the
// body or below it (a date inside the story is left to the story). A section
// label printed before the date ("CHRONICLE  25 May 2023 - 23:12") is split
// off as a section block. A date under a line that labels an event's date
// ("Event date", "Deadline:": [eventDateLabel]) is not the page's.
func (p *Page) detectDates() {
	p.standfirst()
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
		st, label, ok := p.dateLine(t)
		if !ok {
			if p.textDateAlone(i) {
				continue // a world's date line: full-width digits, a label, an update's
			}
			if st, ok = cjkDateAlone(t); !ok {
				if st, ok = solarLine(t); !ok {
					continue // "۱۴ اسفند ۱۴۰۳ - ۱۰:۱۲" in an HTML page's block
				}
			}
		}
		if i > 0 && eventDateLabel(p.blocks[i-1].Text) {
			continue // "Event date" over "30 June 2025": an event's day, no date line's
		}
		date := &p.blocks[i]
		if label != "" && strings.HasPrefix(t, label) {
			date = p.splitSection(i, label)
		}
		if date.Kind == "" {
			date.Kind, date.Rule, date.Stamp = Date, "generic/date", stampOf(st)
		}
	}
	p.flushCuts()
}

// splitSection cuts the section label off date line i, and the words
// between the section and the date ("Politics Materials 27 August 2025
// ...") into a block of their own; it labels those and returns the pending
// block that holds the date.
func (p *Page) splitSection(i int, label string) *Block {
	t := p.blocks[i].Text
	rest := strings.TrimLeft(t[len(label):], " \t\u00a0")
	p.labelAs(i, Section, "generic/date")
	date := p.cut(i, len(label), len(t)-len(rest))
	if w := wordsBeforeDate(rest); w > 0 {
		after := strings.TrimLeft(rest[w:], " \t\u00a0")
		words, d := cutBlock(*date, w, len(rest)-len(after))
		words.Kind, words.Rule = Metadata, "generic/date"
		*date = words
		date = p.addCut(i, d)
	}
	return date
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
	for ri, re := range p.own.dates {
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
		p.hit(p.own, fDate, ri)
		if st, ok := p.readDate(t); ok {
			p.blocks[i].Stamp = stampOf(st)
		}
		return true
	}
	return false
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
	for ri, re := range p.own.dates {
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
			if m == nil || m[0] != 0 || m[1] != len(t) || m[2*ti] == 0 {
				continue
			}
			date := t
			switch {
			case m[2*ti] > 0:
				date = strings.TrimRightFunc(t[:m[2*ti]], isSpace)
				p.split(i, len(date), m[2*ti])
			case !p.titleBelow(i):
				continue
			}
			p.labelAs(i, Date, p.own.id)
			p.hit(p.own, fDate, ri)
			if st, ok := p.readDate(date); ok {
				p.blocks[i].Stamp = stampOf(st)
			}
			p.labelAs(i+1, Title, p.own.id)
			p.titleAt = i + 1
			return
		}
	}
}

// titleBelow reports whether the block under the date line i, which the
// rule's date-and-title pattern matched without its title, is the title
// printed on a line of its own: a short free line that is not prose, with
// prose (or a dateline) right under it.
func (p *Page) titleBelow(i int) bool {
	j := i + 1
	if j+1 >= len(p.blocks) || !p.free(j) || len(p.blocks[j].Text) > maxShort || p.proseAt(j) {
		return false
	}
	return p.free(j+1) && p.proseAt(j+1) || p.blocks[j+1].Kind == Dateline
}

// standfirst keeps a standfirst from pushing the date line into the body:
// when the first paragraph of the story is followed by a line that holds
// only a date, and prose follows that, the paragraph is the standfirst
// printed between the title and the date line, and is labelled the deck.
func (p *Page) standfirst() {
	p.findBody()
	f := p.first
	if f >= len(p.blocks) || p.blocks[f].Kind != "" || !p.headlineAbove(f) {
		return
	}
	for j := f + 1; j < len(p.blocks) && j <= f+2; j++ {
		if !p.free(j) {
			continue
		}
		t := p.blocks[j].Text
		if len(t) > 120 || p.proseAt(j) {
			return
		}
		if _, _, ok := dateparse.DateLine(t); !ok {
			return
		}
		for k := j + 1; k < len(p.blocks) && k <= j+3; k++ {
			if p.free(k) && p.proseAt(k) || p.blocks[k].Kind == Dateline {
				p.labelAs(f, Deck, "generic/standfirst")
				return
			}
		}
		return
	}
}

// headlineAbove reports whether a headline stands right above block f (one
// block may stand between): a block labelled the title, or a free
// headline-shaped line.
func (p *Page) headlineAbove(f int) bool {
	for i := f - 1; i >= 0 && i >= f-2; i-- {
		switch b := p.blocks[i]; {
		case b.Kind == Title:
			return true
		case b.Kind == "":
			return isTitle(b.Text) && !isTitleTrap(b.Text) && !strings.HasSuffix(b.Text, ".")
		}
	}
	return false
}
