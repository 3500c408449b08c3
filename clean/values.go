package clean

import (
	"time"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// Stamp is a calendar date, maybe with a time of day and a UTC offset, at the
// precision the page gives. Unknown parts are zero.
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
	HasZone   bool       // the page, or the outlet's rule, named the zone
}

// ISO formats the stamp as ISO 8601 at its precision: "2024-01-18",
// "2023-09" (month precision), "2023" (year only),
// "2023-05-25T23:12:07+04:00" (time and zone) or "2023-05-25T23:12:07"
// (time, no zone), the seconds ":00" when the page prints none; a time is
// printed only with a full date. It returns ""
// when the year is unknown or the stamp is not [Stamp.Valid].
func (s Stamp) ISO() string { return dateparse.Stamp(s).ISO() }

// Valid reports whether the known parts of the stamp can be a real date. The
// zero Stamp, which knows nothing, is not valid.
func (s Stamp) Valid() bool { return dateparse.Stamp(s).Valid() }

// Time returns the stamp as a time.Time when it has a full date; without a
// zone the time is in UTC. ok is false when the year, month or day is
// unknown or the stamp is not valid.
func (s Stamp) Time() (t time.Time, ok bool) { return dateparse.Stamp(s).Time() }

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

// DatelineParts is what an agency dateline says: "BAKU, March 14. /TASS/."
// gives the place "Baku", the date March 14 and the agency "TASS".
type DatelineParts struct {
	Place  string     // the city, title-cased when printed in capitals; "" for forms without one
	Month  time.Month // the printed date; 0 when the form has none
	Day    int        // the day of the month, 1 to 31; 0 when the form has no date
	Year   int        // set only when printed
	Agency string     // the canonical name of the wire credited, or ""

	// Reporters are the reporters the dateline names inside it (Xinhua's
	// "（记者张三）", Yonhap's "김민수 기자 =", a Japanese paper's
	// "【ワシントン=山田太郎】"); nil for the forms that name none. The
	// article takes them as its authors when no byline names any.
	Reporters []string

	// InferredYear is the year the story settles for a dateline printed
	// without one (see the package doc); 0 when the text does not settle it
	// or the dateline prints its year.
	InferredYear int

	// OwnLine is set for a dateline that stands alone on its line and
	// would not be read as a dateline glued to the paragraph under it:
	// only the outlet's own forms read it, and only alone, or no form
	// reads it glued to the paragraph the output prints it at the head
	// of. The text output keeps it on a line of its own, so that the
	// output cleaned again reads it as the dateline still.
	OwnLine bool
}

// partsOf converts a parsed dateline into the block's value.
func partsOf(d dateparse.Dateline) *DatelineParts {
	return &DatelineParts{Place: d.Place, Month: d.Month, Day: d.Day, Year: d.Year, Agency: d.Agency, Reporters: d.Reporters}
}

// stampOf converts a parsed stamp into the block's value.
func stampOf(s dateparse.Stamp) *Stamp {
	st := Stamp(s)
	return &st
}
