package clean

import (
	"strings"
)

// textHeadBylines reads the authors near the headline t of flattened text
// without an outlet rule, after textHeadDates: a line in a byline's form
// ("By Jane Doe", "Written by Jane Doe and John Roe", "by whova | Apr 21,
// 2025"), or a line that is only a person's name printed next to the date
// line, right above or below it ("Jane Doe" over "June 4, 2025"). A date
// line that also names its authors keeps its kind and gains them. Only the
// first byline counts, looking below the headline first, between lo and
// hi ([Page.textHeadWindow]).
func (p *Page) textHeadBylines(t, lo, hi int) {
	dateAt := -1
	for i := lo; i <= hi; i++ {
		if p.blocks[i].Kind == Date && p.blocks[i].Stamp != nil {
			dateAt = i
			break
		}
	}
	order := make([]int, 0, hi-lo+1)
	for i := t + 1; i <= hi; i++ {
		order = append(order, i) // below the headline first: a byline's usual place
	}
	for i := t - 1; i >= lo; i-- {
		order = append(order, i)
	}
	for _, i := range order {
		b := &p.blocks[i]
		if len(b.Text) > maxDateLine || isProse(b.Text) {
			continue
		}
		names := bylineNames(b.Text)
		switch {
		case b.Kind == Date && b.Rule == "generic/date" && len(names) > 0:
			b.Authors = names
			return
		case b.Kind == Byline && b.Rule == "generic/byline":
			b.Rule = HeadBylineRule // labelled by the head detector's first pass; its names are read later
			return
		case !p.free(i) && !byModel(*b):
			continue
		case len(names) > 0:
			b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, names
			return
		case dateAt >= 0 && (i == dateAt-1 || i == dateAt+1) && personShaped(b.Text):
			b.Kind, b.Rule, b.Authors = Byline, HeadBylineRule, []string{strings.TrimSpace(b.Text)}
			return
		}
	}
}

// HeadBylineRule is the rule of the byline textHeadBylines finds by the
// headline: the page's own, where other generic bylines may be other
// stories' ("By Industry" filters, cards).
const HeadBylineRule = "generic/head-byline"

// bylineNames returns the names a line in a byline's form gives, each cut
// at what follows a name (a date, a role); nil when the line is no byline.
func bylineNames(s string) []string {
	m := bylineHead.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return nil
	}
	var names []string
	for _, n := range splitNames(m[1]) {
		if n = trimName(n); n != "" && !isTitleTrap(n) {
			names = append(names, n)
		}
	}
	return names
}
