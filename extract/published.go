package extract

import "github.com/newsclean/newsclean/clean"

// published settles the publish date, from the most trustworthy source the
// page has:
//
//  1. a line above the body that holds only the date ("25 May 2023 -
//     23:12"), unless the scraper header gives another day (the header is
//     then right); such a line without a year takes the header's when they
//     name the same day;
//  2. the scraper header (" date 2024-01-18 ");
//  3. the dateline, when it prints the year;
//  4. the dateline's month and day, with the year the story itself settles
//     ([clean.DatelineParts].InferredYear);
//  5. a date in the URL.
//
// Dates in sidebars, captions and background paragraphs are never used:
// clean labels only date lines above the body as dates.
func (as *assembler) published() {
	a := as.a
	set := func(st clean.Stamp, from string) bool {
		if iso := st.ISO(); iso != "" {
			a.Published, a.PublishedFrom = iso, from
			return true
		}
		return false
	}
	if sl := as.stampLine; sl != nil {
		st := *sl
		if h := as.header; st.Year == 0 && h != nil && h.Month == st.Month && h.Day == st.Day {
			st.Year = h.Year // "5 Dec. 11:00" under the header's 2023-12-05
		}
		if st.Year != 0 && (as.header == nil || st.SameDay(*as.header)) && set(st, FromTimestampLine) {
			return
		}
	}
	if as.header != nil && set(*as.header, FromHeader) {
		return
	}
	if d := as.dateline; d != nil && d.Month != 0 && d.Day != 0 {
		st := clean.Stamp{Year: d.Year, Month: d.Month, Day: d.Day}
		if d.Year != 0 && set(st, FromDateline) {
			return
		}
		if st.Year = d.InferredYear; st.Year != 0 && set(st, FromDatelineYear) {
			return
		}
	}
	if u := as.res.URLDate; u != nil {
		set(*u, FromURL)
	}
}
