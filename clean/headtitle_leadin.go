package clean

import "strings"

// overLeadIn returns the headline of flattened text where titleAbove (and
// headOver over it) found line t right over the story: t itself, unless t
// ends with a colon or a comma ([leadIn]: "Changes take effect from
// Monday:", a quotation's source cut before its comma), which leads into
// the story and is no headline (one of WCXB-dev's 1,497 gold titles ends
// with a colon, none with a comma). Then the headline model's pick
// ([Page.titleByScore]) is the headline when it stands above t and is no
// lead-in itself: the output prints it first and the lead-in over the
// story, where a second pass finds them again. Otherwise t stays: a pick
// below it would print the lead-in under the headline as the story's first
// line, and a second pass reads the page again from there.
func (p *Page) overLeadIn(t int) int {
	if !leadIn(strings.TrimSpace(p.blocks[t].Text)) {
		return t
	}
	if m := p.titleByScore(); m >= 0 && m < t && !leadIn(strings.TrimSpace(p.blocks[m].Text)) {
		return m
	}
	return t
}
