package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// splitGluedHead splits a text page's head printed on one line, the
// headline, its date and perhaps its section parted by slashes
// ("Regional council approves new bus routes / March 14, 2024 / Local"),
// as some scrapers flatten a head's three elements: the headline becomes
// the title, the date a date line with its stamp, the section a section
// block. Only above the story's first paragraph, on a page no outlet rule
// reads, and only where the parts have their shapes: a headline-shaped
// first part that is no byline, no name ("By Jane Doe / March 14, 2024"
// is a byline strip), no date's label ("Updated 16:47 EST / December
// 19 2025" is a date line) and no Hijri date ("14 Jumada al-Akhirah 1447
// AH / 5 December 2025" is a date line), a full date alone between, at most three
// words of a section after it. A part parted by bars is left alone: bars
// part bylines' strips ("Jane Doe | Apr 21, 2017 | Products Liability").
func (p *Page) splitGluedHead() {
	if p.own != nil {
		return
	}
	for i := 0; i < len(p.blocks) && i < maxHead; i++ {
		if !p.free(i) {
			continue
		}
		if p.proseAt(i) {
			return // the story has started
		}
		t := p.blocks[i].Text
		head, dateEnd, st, ok := gluedHead(t, p.dateLine)
		if !ok {
			continue
		}
		date := p.cut(i, head, head+len(gluedSep))
		date.Kind, date.Rule, date.Stamp = Date, "generic/date", stampOf(st)
		if rest := len(t) - head - len(gluedSep); dateEnd < rest {
			d, sec := cutBlock(*date, dateEnd, dateEnd+len(gluedSep))
			*date = d
			sec.Kind, sec.Rule = Section, "generic/glued-head"
			p.addCut(i, sec)
		}
		p.labelAs(i, Title, "generic/title")
		traceTitle(p, "glued", i)
		p.titleAt = i
		p.flushCuts()
		return
	}
}

// gluedSep is the separator between a glued head's parts.
const gluedSep = " / "

// gluedHead reads line as a glued head (splitGluedHead): it returns the
// end of the headline, the end of the date counted from the date's start,
// the date, and whether the line is one. The date is read by read
// (Page.dateLine: a clashing month's name in the page's language).
func gluedHead(line string, read func(string) (dateparse.Stamp, string, bool)) (head, dateEnd int, st dateparse.Stamp, ok bool) {
	if len(line) > maxShort || !strings.Contains(line, gluedSep) || strings.ContainsAny(line, "|•·") {
		return 0, 0, st, false
	}
	head = strings.Index(line, gluedSep)
	rest := line[head+len(gluedSep):]
	dateEnd = len(rest)
	section := ""
	if k := strings.Index(rest, gluedSep); k >= 0 {
		dateEnd, section = k, rest[k+len(gluedSep):]
	}
	h := line[:head]
	if wordCount(h) < 3 || !isTitle(h) || isTitleTrap(h) || mayBeByline(h) || personShaped(h) || isProse(h) || dateLabel().MatchString(h) || dateparse.HijriDate(h) {
		return 0, 0, st, false
	}
	st, label, ok := read(rest[:dateEnd])
	if !ok || label != "" || st.Year == 0 || st.Day == 0 {
		return 0, 0, st, false
	}
	if section != "" && (wordCount(section) > 3 || strings.Contains(section, gluedSep) || digitByteIn(section)) {
		return 0, 0, st, false
	}
	return head, dateEnd, st, true
}
