package dateparse

import "time"

// spacedYearFirst parses a numeric date that puts the year first, each
// number closed by a full stop glued to it and a blank after it, as
// Korean pages print it ("2025. 3. 5.", "2025. 03. 05 14:22"); the day's
// full stop may be left out. j is i when none is at i.
func (p *lineParser) spacedYearFirst(i int) (y int, m time.Month, d int, j int, ok bool) {
	t := p.t
	if t[i].digits() != 4 || i+4 >= len(t) || !t[i+1].is('.') || t[i+2].kind != tNum || t[i+2].digits() > 2 ||
		!t[i+3].is('.') || t[i+4].kind != tNum || t[i+4].digits() > 2 ||
		!adj(t[i], t[i+1]) || adj(t[i+1], t[i+2]) || !adj(t[i+2], t[i+3]) || adj(t[i+3], t[i+4]) {
		return 0, 0, 0, i, false
	}
	y, m, d, j = t[i].val, time.Month(t[i+2].val), t[i+4].val, i+5
	if p.punct(j, '.') && adj(t[j-1], t[j]) {
		j++
	}
	if j < len(t) && adj(t[j-1], t[j]) && !t[j].is(',') {
		return 0, 0, 0, j, false // 2025. 3. 5.5: not one of ours
	}
	return y, m, d, j, yearOK(y) && m >= 1 && m <= 12 && validDay(y, m, d)
}
