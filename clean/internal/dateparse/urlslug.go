package dateparse

import "strings"

// fromSlugEnd finds a date at the end of an address's slug, after a
// hyphen or an underscore: "the-year-in-review-20251218",
// "council-vote_2025-12-18", "report-20251218.html", with the time after
// the day ("noticia-puerto-20251218124012.html", as Europa Press stamps
// its slugs: the day is read, the time dropped). Many publishing
// systems stamp the slug so; the date must be a whole part of it (a run of
// more digits, "widget-202512189", is an id) and exist.
func fromSlugEnd(seg string) (Stamp, bool) {
	if i := strings.LastIndexByte(seg, '.'); i > 0 && len(seg)-i <= 5 {
		seg = seg[:i] // ".html", ".htm", ".php", ".aspx"
	}
	for _, w := range [...]int{len("20251218"), len("2025-12-18"), len("20251218124012")} {
		i := len(seg) - w
		if i < 2 || seg[i-1] != '-' && seg[i-1] != '_' {
			continue
		}
		if st, ok := fromCompact(seg[i:]); ok {
			return st, true
		}
	}
	return Stamp{}, false
}
