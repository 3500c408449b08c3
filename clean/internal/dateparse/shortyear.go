package dateparse

// shortYear reads a year cut to its last two digits after an apostrophe
// at k ("Mar 4 '25", "4 March ’25", "Mar. 4, '25"), as American and
// British pages print it in a header's short date, and returns the year
// (shortYearCentury: 1930..2029) and the index after it;
// 0 and k where token k opens no such year. The two digits are glued to
// the apostrophe, a space opens it and nothing is glued after the
// digits, so a decade ("'90s") or a clock ("'10:05") is no year, nor is
// a month's stop glued to the apostrophe ("1 May.'18": old civil.ge's
// site clock, which its outlet rule reads apart from the story's date).
func (p *lineParser) shortYear(k int) (y, j int) {
	t := p.t
	if k+1 >= len(t) || !p.punct(k, '\'') && !p.punct(k, '’') || t[k+1].kind != tNum || t[k+1].digits() != 2 || !adj(t[k], t[k+1]) {
		return 0, k
	}
	if k+2 < len(t) && adj(t[k+1], t[k+2]) || k > 0 && adj(t[k-1], t[k]) {
		return 0, k
	}
	return shortYearCentury(t[k+1].val), k + 2
}

// ShortYearCentury returns the year two digits yy name by the package's
// window ([shortYearCentury]: 1930..2029), for readers outside it whose
// layouts print a two-digit year (RFC 850's "07-Dec-41" in a meta date).
func ShortYearCentury(yy int) int { return shortYearCentury(yy) }

// shortYearCentury returns the year an apostrophe's two digits yy name:
// 00..29 this century's, 30..99 the last's, as spreadsheets read a
// two-digit year. The package reads no clock, so the window is fixed a
// few years past today's (2026): a header's "Mar 4 '25" is 2025, and a
// history page's "Dec 7 '41" or "Aug 15 '69" is 1941 or 1969, not a date
// decades ahead (twoDigitYear's 2041, 2069). Package extract reads the
// year again relative to the page's crawl date when it has one
// (shortYearAsCrawl), so the window matters only without one.
func shortYearCentury(yy int) int {
	if yy < 30 {
		return 2000 + yy
	}
	return 1900 + yy
}
