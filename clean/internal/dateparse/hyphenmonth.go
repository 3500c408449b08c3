package dateparse

// hyphenedMonthFirst reads "-27-2024" at j, after a month's name glued to
// it ("Mar-27-2024"): the day and the year, each after a hyphen, nothing
// glued after the year but a comma. It returns the year, the day and the
// index after the year; j when the tokens are not so.
func (p *lineParser) hyphenedMonthFirst(j int) (y, d, k int) {
	t := p.t
	if j+3 >= len(t) || !t[j].is('-') || t[j+1].kind != tNum || t[j+1].digits() > 2 || !t[j+2].is('-') ||
		t[j+3].kind != tNum || t[j+3].digits() != 4 ||
		!adj(t[j-1], t[j]) || !adj(t[j], t[j+1]) || !adj(t[j+1], t[j+2]) || !adj(t[j+2], t[j+3]) {
		return 0, 0, j
	}
	k = j + 4
	if k < len(t) && adj(t[k-1], t[k]) && !t[k].is(',') {
		return 0, 0, j // Mar-27-2024x: not one of ours
	}
	return t[j+3].val, t[j+1].val, k
}
