package dateparse

import (
	"strings"
	"time"
)

// MonthDayLine parses a line that holds only a month and a day, without a
// year ("Mar 14", "14 mars", "14. März", "March 14th"), in the forms
// [DateLine] reads, which refuses them without a time: blog themes print
// a post's date so under its title, and a caller settles the year with
// the page's other evidence. ok is false for any other line, a full date
// included.
func MonthDayLine(line string) (Stamp, bool) {
	if len(line) < 4 || len(line) > MaxLineLen || !shortWithDigit(line) {
		return Stamp{}, false
	}
	line, _ = FoldDigits(line)
	var buf [maxLineTokens]tok
	n, ok := lexInto(line, &buf)
	if !ok {
		return Stamp{}, false
	}
	p := lineParser{s: line, t: buf[:n], yearless: true}
	st, _, _, ok := p.parse()
	if !ok || st.Year != 0 || st.Month == 0 || st.Day == 0 || st.HasTime {
		return Stamp{}, false
	}
	return st, true
}

// MonthDayClockLine returns the date of a line that holds only a month,
// a day and a time of day, without the year ("Mar 4, 10:05 AM", "4
// марта, 10:05", "4 mars à 10h05"), as news sites print their current
// year's stories above the story: the form [MonthDayLine] refuses (it
// reads a bare month and day). Its year is the caller's to settle. ok is
// false for a full date, a labelled one ("Updated Mar 4, 10:05") and any
// other line. A weekday before the date ("Tue, Mar 4, 10:05 AM") is read
// past; the caller checks it against the year it settles ([LeadWeekday]).
func MonthDayClockLine(line string) (Stamp, bool) {
	st, label, ok := DateLine(line)
	if !ok || label != "" || st.Year != 0 || st.Month == 0 || st.Day == 0 || !st.HasTime {
		return Stamp{}, false
	}
	return st, true
}

// LeadWeekday returns the weekday a date line opens with, in any language
// [AnyWeekday] reads ("Sat, Mar 8", "вт, 4 марта"); ok is false when its
// first word is none.
func LeadWeekday(line string) (time.Weekday, bool) {
	first, _, _ := strings.Cut(strings.TrimSpace(line), " ")
	return AnyWeekday(strings.TrimRight(first, ",."))
}
