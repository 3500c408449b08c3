// Package datestamp holds Stamp, the one date stamp type of newsclean: the
// date, and maybe the time of day and the zone, that a page prints, at the
// precision it prints them. It is a leaf, so that every package can share
// the type: clean.Stamp, dateparse.Stamp and htmldoc.Stamp are aliases of
// it, and a field or method added here is added to all three.
package datestamp

import (
	"strconv"
	"time"
)

// Stamp is a calendar date, maybe with a time of day and a UTC offset, at
// the precision the page gives. Unknown parts are zero.
type Stamp struct {
	Year      int        // 0 = unknown
	Month     time.Month // 0 = unknown
	Day       int        // 0 = unknown
	Hour      int        // 0 to 23; meaningful only when HasTime
	Minute    int        // meaningful only when HasTime
	Second    int        // 0 when the page prints no seconds; meaningful only when HasTime
	HasSecond bool       // the page gave the seconds (Second); meaningful only when HasTime
	HasTime   bool       // the page gave a time of day: Hour and Minute
	Offset    int        // seconds east of UTC; meaningful only when HasZone
	HasZone   bool       // the page, or the outlet's rule, named the zone or offset
}

// ISO formats the stamp as ISO 8601 at its precision: "2024-01-18",
// "2023-09" (month precision), "2023" (year only),
// "2023-05-25T23:12:07+04:00" (time and zone) or "2023-05-25T23:12:07"
// (time, no zone), the seconds ":00" when the page prints none; a time is
// printed only with a full date. It returns "" when the year is unknown
// or the stamp is not [Stamp.Valid].
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

// pad appends v in decimal to b, zero-padded on the left to width digits.
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
	if s.Day != 0 && (s.Month == 0 || s.Day < 0 || s.Day > DaysIn(s.Year, s.Month)) {
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

// Time returns the stamp as a time.Time when it has a full date; without a
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

// SameDay reports whether s and t name the same day, where both know it: the
// same year and month, and the same day unless one of them has none.
func (s Stamp) SameDay(t Stamp) bool {
	return s.Year == t.Year && s.Month == t.Month && (s.Day == t.Day || s.Day == 0 || t.Day == 0)
}

// DayBefore reports whether s falls on a day before t's (years, then
// months, then days compared; an unknown part counts as 0).
func (s Stamp) DayBefore(t Stamp) bool {
	if s.Year != t.Year {
		return s.Year < t.Year
	}
	if s.Month != t.Month {
		return s.Month < t.Month
	}
	return s.Day < t.Day
}

// DaysIn is the number of days in month m of year y; y == 0 (unknown year)
// counts February as 29 days.
func DaysIn(y int, m time.Month) int {
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
