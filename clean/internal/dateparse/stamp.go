package dateparse

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// ErrInvalid is wrapped by the errors of [FromGroups] and
// [DatelineFromGroups] when a captured value is not a possible date part.
var ErrInvalid = errors.New("dates: invalid date")

// MaxLineLen is the longest line, in bytes, that [DateLine] and [TimeOnly]
// examine; longer lines are never date lines.
const MaxLineLen = 300

// Stamp is a calendar date, maybe with a time of day and a UTC offset, at
// the precision the page gives. Unknown parts are zero.
type Stamp struct {
	Year      int        // 0 = unknown
	Month     time.Month // 0 = unknown
	Day       int        // 0 = unknown
	Hour      int        // meaningful only when HasTime
	Minute    int        // meaningful only when HasTime
	Second    int        // 0 when the page prints no seconds; meaningful only when HasTime
	HasSecond bool       // the page gave the seconds (Second); meaningful only when HasTime
	HasTime   bool       // Hour and Minute were given
	Offset    int        // seconds east of UTC; meaningful only when HasZone
	HasZone   bool       // the page named the zone or offset
}

// ISO formats the stamp as ISO 8601 at its precision: "2024-01-18",
// "2023-09" (month precision), "2023" (year only),
// "2023-05-25T23:12:07+04:00" (time and zone) or "2023-05-25T23:12:07"
// (time, no zone), the seconds ":00" when the page prints none. A time is
// printed only with a full date. It returns "" when the year is unknown or the stamp is not [Stamp.Valid].
func (s Stamp) ISO() string {
	if s.Year == 0 || !s.Valid() {
		return ""
	}
	b := make([]byte, 0, 25)
	b = pad(b, s.Year, 4)
	if s.Month == 0 {
		return string(b)
	}
	b = append(b, '-')
	b = pad(b, int(s.Month), 2)
	if s.Day == 0 {
		return string(b)
	}
	b = append(b, '-')
	b = pad(b, s.Day, 2)
	if !s.HasTime {
		return string(b)
	}
	b = append(b, 'T')
	b = pad(b, s.Hour, 2)
	b = append(b, ':')
	b = pad(b, s.Minute, 2)
	b = append(b, ':')
	b = pad(b, s.Second, 2)
	if s.HasZone {
		off := s.Offset
		sign := byte('+')
		if off < 0 {
			sign, off = '-', -off
		}
		b = append(b, sign)
		b = pad(b, off/3600, 2)
		b = append(b, ':')
		b = pad(b, off%3600/60, 2)
	}
	return string(b)
}

func pad(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Valid reports whether the known parts of the stamp can be a real date:
// a year in 1..9999 if known, a month in 1..12 if known, a day that exists
// in that month (Feb 29 only in leap years; allowed when the year is
// unknown), no day without a month, a time of day in range, and an offset
// within ±14 hours. The zero Stamp, which knows nothing, is not valid.
func (s Stamp) Valid() bool {
	if s.Year == 0 && s.Month == 0 {
		return false
	}
	if s.Year < 0 || s.Year > 9999 {
		return false
	}
	if s.Month < 0 || s.Month > 12 {
		return false
	}
	if s.Day != 0 && (s.Month == 0 || s.Day < 0 || s.Day > daysIn(s.Year, s.Month)) {
		return false
	}
	if s.HasTime && (s.Hour < 0 || s.Hour > 23 || s.Minute < 0 || s.Minute > 59 || s.Second < 0 || s.Second > 59) {
		return false
	}
	if s.HasZone && (s.Offset < -14*3600 || s.Offset > 14*3600) {
		return false
	}
	return true
}

// Time returns the stamp as a time.Time when it has a full date. Without a
// zone the time is in UTC. ok is false when the year, month or day is
// unknown or the stamp is not valid.
func (s Stamp) Time() (t time.Time, ok bool) {
	if s.Year == 0 || s.Month == 0 || s.Day == 0 || !s.Valid() {
		return time.Time{}, false
	}
	loc := time.UTC
	if s.HasZone && s.Offset != 0 {
		loc = time.FixedZone("", s.Offset)
	}
	return time.Date(s.Year, s.Month, s.Day, s.Hour, s.Minute, s.Second, 0, loc), true
}

// daysIn is the number of days in month m of year y; y == 0 (unknown year)
// counts February as 29 days.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if y == 0 || (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			return 29
		}
		return 28
	}
	return 31
}

// validDay reports whether day d exists in month m of year y (y may be 0).
func validDay(y int, m time.Month, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

var monthNames = [...]string{"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

// monthInitial holds the bytes an English month name can start with in any
// case: the initials of monthNames and every non-ASCII byte (strings.EqualFold
// folds "ſ" to "s"). Most words fail this one test before the name loop.
var monthInitial = func() (t [256]bool) {
	for _, name := range monthNames {
		t[name[0]], t[name[0]-'a'+'A'] = true, true
	}
	for b := utf8.RuneSelf; b < len(t); b++ {
		t[b] = true
	}
	return t
}()

// Armenian month names (nominative), as factor.am prints them.
var hyMonths = [...]string{"Հունվար", "Փետրվար", "Մարտ", "Ապրիլ", "Մայիս", "Հունիս",
	"Հուլիս", "Օգոստոս", "Սեպտեմբեր", "Հոկտեմբեր", "Նոյեմբեր", "Դեկտեմբեր"}

// MonthName parses an English month name in any case: the full name
// ("September"), the three-letter abbreviation ("Sep"), or "Sept", each
// with or without a final full stop.
func MonthName(s string) (time.Month, bool) {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 3 || len(s) > 9 || !monthInitial[s[0]] {
		return 0, false
	}
	if m, ok, ascii := monthASCII(s); ascii {
		return m, ok
	}
	return monthFolded(s)
}

// monthFolded is MonthName's reading of a word with a byte beyond ASCII,
// by strings.EqualFold: the reference monthASCII is held to.
func monthFolded(s string) (time.Month, bool) {
	for i, name := range monthNames {
		if len(s) == len(name) || len(s) == 3 {
			if strings.EqualFold(s, name[:len(s)]) {
				return time.Month(i + 1), true
			}
		}
	}
	if strings.EqualFold(s, "sept") {
		return time.September, true
	}
	return 0, false
}

// monthAny is MonthName plus the Armenian names and those of other
// languages ([foreignMonth]).
func monthAny(s string) (time.Month, bool) {
	if m, ok := MonthName(s); ok {
		return m, true
	}
	if m, ok := foreignMonth(s); ok {
		return m, true
	}
	if len(s) >= 8 && s[0] >= 0xd4 && s[0] <= 0xd6 { // Armenian block, 2-byte runes
		for i, name := range hyMonths {
			if strings.EqualFold(s, name) {
				return time.Month(i + 1), true
			}
		}
	}
	return 0, false
}

var weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// Weekday parses an English weekday name in any case: the full name
// ("Sunday") or the three-letter abbreviation ("Sun"), with or without a
// final full stop.
func Weekday(word string) (time.Weekday, bool) {
	word = strings.TrimSuffix(word, ".")
	if len(word) < 3 || len(word) > 9 {
		return 0, false
	}
	for i, name := range weekdayNames {
		if len(word) == len(name) || len(word) == 3 {
			if strings.EqualFold(word, name[:len(word)]) {
				return time.Weekday(i), true
			}
		}
	}
	return 0, false
}
