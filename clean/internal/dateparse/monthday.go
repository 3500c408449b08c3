package dateparse

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
// other line.
func MonthDayClockLine(line string) (Stamp, bool) {
	st, label, ok := DateLine(line)
	if !ok || label != "" || st.Year != 0 || st.Month == 0 || st.Day == 0 || !st.HasTime {
		return Stamp{}, false
	}
	return st, true
}
