package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// A dateline printed alone on its line over the story's first paragraph,
// in a form that reads as a dateline only with the story after it: a
// place and a credit printed plain ("Bakı. Trend:", as Trend's
// Azerbaijani and Russian pages print it under the headline), which
// alone could be a menu's item. Glued to the paragraph under it, as the
// text output prints a dateline, the line must be read as a dateline that
// ends where the line ends.

// maxDatelineOver is the longest line read so: a place, a date and a
// credit.
const maxDatelineOver = 80

// datelineOver reads block i, a short line that no form reads alone, as a
// dateline when glued to the prose block under it. The line must end with
// a separator (a colon, a dash, a full stop, a bracket or a slash), the
// byte test that spares the other lines the parse. The dateline's Len is
// the line's length.
func (p *Page) datelineOver(i int) (dateparse.Dateline, datelineSource, bool) {
	t := p.blocks[i].Text
	if len(t) < 4 || len(t) > maxDatelineOver || i+1 >= len(p.blocks) || !endsWithSeparator(t) ||
		!p.free(i+1) || !p.proseKnown(i+1) {
		return dateparse.Dateline{}, datelineSource{}, false
	}
	glued := t + " " + headBytes(p.blocks[i+1].Text, maxDatelineHead)
	d, from, ok := p.parseDatelineOnce(glued)
	if !ok || d.Len > len(glued) || strings.TrimSpace(glued[:d.Len]) != t {
		return dateparse.Dateline{}, datelineSource{}, false
	}
	d.Len = len(t)
	return d, from, true
}

// endsWithSeparator reports whether t ends with a byte that ends a
// dateline's separator or credit: ':', '-', '.', ')', '/', or the last
// byte of an en or em dash (0x93, 0x94) or of the Armenian full stop
// (0x89).
func endsWithSeparator(t string) bool {
	switch t[len(t)-1] {
	case ':', '-', '.', ')', '/', 0x93, 0x94, 0x89:
		return true
	}
	return false
}
