package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// updateStripDate reads a byline strip whose last part, past a separator
// ([stripSeparators]), is an update's label and its date, the date closing
// the line: "Door Pieter de Vries | Bijgewerkt: 6 maart 2025", "Von Jana
// Maria Roth | Aktualisiert: 6. März 2025". The names before it may be more
// words than [findDateStamp] allows before a date, as the English strip's
// ("By Jane Doe | Updated: March 6, 2025") seldom are; the update's label
// is any of [updateWords], the labels the date reader knows. A byline's
// label opens the strip ([bylineLabelled]): a strip of names alone ("109
// Comments | Jane Doe | Last Updated: ...") is left to the names' readers.
// It returns the date and where it starts in line.
func updateStripDate(line string) (dateparse.Stamp, int, bool) {
	if len(line) > maxDateLine || !closesOnDate(line) || !holdsStripSeparator(line) {
		return dateparse.Stamp{}, 0, false
	}
	cut := strings.LastIndexAny(line, stripSeparators)
	_, size := utf8.DecodeRuneInString(line[cut:])
	tail := line[cut+size:]
	if !digitByteIn(tail) || !isUpdate(tail) {
		return dateparse.Stamp{}, 0, false // no update's label and date: most strips stop here
	}
	st, pos, ok := findDateAfter(tail, 4)
	if !ok || st.Year == 0 || st.Day == 0 || !isUpdate(tail[:pos]) {
		return dateparse.Stamp{}, 0, false
	}
	if end, _, ok := dateparse.DateLine(tail[pos:]); !ok || end.Year != st.Year || end.Month != st.Month || end.Day != st.Day {
		return dateparse.Stamp{}, 0, false // the part goes on after its date
	}
	if !bylineLabelled(line[:cut]) {
		return dateparse.Stamp{}, 0, false // "109 Comments | Jane Doe | Last Updated: ...": no byline's label, the names' readers'
	}
	return st, cut + size + pos, true
}

// closesOnDate is updateStripDate's first test: line ends, past its
// blanks, in a digit ("... 6 maart 2025") or in a letter outside ASCII
// ("... 2025年3月6日"), as a line closed by a date does; a line of a
// story ends in a full stop or a Latin letter.
func closesOnDate(line string) bool {
	t := strings.TrimRight(line, " ")
	if t == "" {
		return false
	}
	c := t[len(t)-1]
	return '0' <= c && c <= '9' || c >= utf8.RuneSelf
}
