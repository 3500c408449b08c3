package extract

import (
	"time"

	"github.com/newsclean/newsclean/clean"
)

// statedOrder settles the order of a printed numeric date st that reads
// both ways ("Posted: 04/01/2024", printed so on the page) by the dates
// the page states in a form of one order only: the day its URL gives
// ("/2024/04/01/") and the metadata's publish and update times written
// year first ("2024-04-01T09:00:00Z"; not "03-09-2026"). When
// one of them names the swapped reading's day and none names st's, the
// swapped reading is taken (unless its day is after the crawl); when one
// names st's and none the other, st stands. ok is false when none names
// either, or they disagree.
func (as *assembler) statedOrder(st clean.Stamp) (clean.Stamp, bool) {
	swapped := st
	swapped.Month, swapped.Day = time.Month(st.Day), int(st.Month)
	var read, swap bool
	note := func(d clean.Stamp) {
		if d.Day == 0 || d.Year != st.Year {
			return
		}
		read = read || d.Month == st.Month && d.Day == st.Day
		swap = swap || d.Month == swapped.Month && d.Day == swapped.Day
	}
	if u := as.res.URLDate; u != nil {
		note(*u)
	}
	if m := as.res.Meta; m != nil {
		if yearFirst(m.Published) {
			note(m.PublishedAt)
		}
		if yearFirst(m.Modified) {
			note(m.ModifiedAt)
		}
	}
	switch {
	case read && !swap:
		return st, true // st stands: no need to find how it is printed
	case swap && !read && !as.future(swapped) && as.printsNumeric(st):
		return swapped, true
	}
	return st, false
}

// yearFirst reports whether a raw metadata date opens with a four-digit
// year and a dash or slash ("2024-04-01", "2024/04/01"): a form that
// reads one way only.
func yearFirst(raw string) bool {
	if len(raw) < 5 || raw[4] != '-' && raw[4] != '/' {
		return false
	}
	for i := range 4 {
		if !digitAt(raw, i) {
			return false
		}
	}
	return true
}

// printsNumeric reports whether a block of the page prints st as a
// numeric date day first ("04/01/2024" for 4 January 2024), as clean
// read it: a date printed in words ("March 9, 2026") has no order open.
func (as *assembler) printsNumeric(st clean.Stamp) bool {
	found := false
	for _, b := range as.res.Blocks {
		eachNumericDate(b.Text, func(a, b, y int) {
			found = found || y == st.Year && a == st.Day && b == int(st.Month)
		})
		if found {
			return true
		}
	}
	return false
}
