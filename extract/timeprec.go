package extract

import (
	"strings"
	"time"
)

// Precision is how much of a time the page gives.
type Precision int

// The precisions of a Time, from none to the second. A Time is read from
// Article.Published or Modified, which write a time of day with its
// seconds as DESIGN.md's form has it: the seconds a page gives, ":00"
// where it gives the minute only. A time of day says PrecisionSecond when
// the page gave its seconds and PrecisionMinute when it gave the minute,
// though Published writes ":00" for it.
const (
	PrecisionNone   Precision = iota // no time
	PrecisionDay                     // the date: "2024-01-18"
	PrecisionMinute                  // date, hour and minute: "2023-05-25T23:12+04:00"
	PrecisionSecond                  // to the second (or finer): "2023-05-25T23:12:00+04:00"
)

// String names the precision: "none", "day", "minute" or "second".
func (p Precision) String() string {
	switch p {
	case PrecisionDay:
		return "day"
	case PrecisionMinute:
		return "minute"
	case PrecisionSecond:
		return "second"
	}
	return "none"
}

// Time is a publish or update time as the page gives it: the instant, how
// precise it is, and whether the page gave its time zone. A time without a
// zone is read as UTC, with Zoned false; a date alone is midnight UTC of
// that day, with PrecisionDay.
type Time struct {
	time.Time
	// Precision says how much of Time the page gave: the day, the minute
	// or the second (or finer); the parts it did not give are zero. The zero value, PrecisionNone,
	// goes with a zero Time: the page gives no such date.
	Precision Precision
	Zoned     bool // the page gave the zone (or offset)
}

// timeLayouts are the ISO 8601 forms Article.Published and Modified take,
// with their precision and whether they carry a zone.
var timeLayouts = []struct {
	layout string
	prec   Precision
	zoned  bool
}{
	{"2006-01-02T15:04:05Z07:00", PrecisionSecond, true},
	{"2006-01-02T15:04:05", PrecisionSecond, false},
	{"2006-01-02T15:04Z07:00", PrecisionMinute, true},
	{"2006-01-02T15:04", PrecisionMinute, false},
	{"2006-01-02", PrecisionDay, false},
}

// parseTime reads an ISO 8601 time as Article.Published holds it; the zero
// Time when s is empty or in another form.
func parseTime(s string) Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return Time{}
	}
	// Each layout opens with the date's ten fixed-width bytes, and those
	// with a time go on with 'T': the others cannot match (and each
	// failed Parse builds an error).
	hasTime := len(s) > 10 && s[10] == 'T'
	if len(s) < 10 || len(s) > 10 && !hasTime {
		return Time{}
	}
	for _, l := range timeLayouts {
		if strings.Contains(l.layout, "T") != hasTime {
			continue
		}
		layout := l.layout
		if l.prec == PrecisionSecond && strings.Contains(s, ".") {
			layout = strings.Replace(layout, "05", "05.999999999", 1)
		}
		if t, err := time.Parse(layout, s); err == nil {
			return Time{Time: t, Precision: l.prec, Zoned: l.zoned}
		}
	}
	return Time{}
}
