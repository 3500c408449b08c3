package extract

import (
	"github.com/newsclean/newsclean/internal/dates"
)

// published settles the publish date, from the most trustworthy source the
// page has:
//
//  1. a date line above the body ("25 May 2023 - 23:12"), unless the
//     scraper header gives another day (the header is then right); a date
//     line without a year takes the header's when they name the same day;
//  2. the scraper header (" date 2024-01-18 ");
//  3. the dateline, when it prints the year;
//  4. the dateline's month and day, with the year the story itself settles
//     (see dates.InferYear);
//  5. a date in the URL.
//
// Dates in sidebars, captions and background paragraphs are never used:
// clean labels only date lines above the body as dates.
func (as *assembler) published() {
	a := as.a
	set := func(st dates.Stamp, from string) bool {
		if iso := st.ISO(); iso != "" && st.Valid() {
			a.Published, a.PublishedFrom = iso, from
			return true
		}
		return false
	}
	if dl := as.dateLine; dl != nil {
		st := *dl
		if h := as.header; st.Year == 0 && h != nil && h.Month == st.Month && h.Day == st.Day {
			st.Year = h.Year // "5 Dec. 11:00" under the header's 2023-12-05
		}
		if st.Year != 0 && (as.header == nil || sameDay(st, *as.header)) && set(st, FromDateLine) {
			return
		}
	}
	if as.header != nil && set(*as.header, FromHeader) {
		return
	}
	if d := as.dateline; d != nil && d.Month != 0 && d.Day != 0 {
		st := dates.Stamp{Year: d.Year, Month: d.Month, Day: d.Day}
		if d.Year != 0 && set(st, FromDateline) {
			return
		}
		if y, ok := dates.InferYear(d.Month, d.Day, a.Body); ok {
			st.Year = y
			if set(st, FromDatelineYear) {
				return
			}
		}
	}
	if st, ok := dates.FromURL(a.URL); ok {
		set(st, FromURL)
	}
}

// sameDay reports whether two stamps name the same day, where both know it.
func sameDay(a, b dates.Stamp) bool {
	return a.Year == b.Year && a.Month == b.Month && (a.Day == b.Day || a.Day == 0 || b.Day == 0)
}
