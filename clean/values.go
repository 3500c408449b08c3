package clean

import (
	"time"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/datestamp"
)

// Stamp is a calendar date, maybe with a time of day and a UTC offset, at the
// precision the page gives. Unknown parts are zero. It is the type of
// [Block].Stamp, [Result].URLDate and the Stamp fields of [Meta].
//
// The type is defined in an internal package, with its methods; its fields are:
//
//	Year      int        // 0 = unknown
//	Month     time.Month // 0 = unknown
//	Day       int        // 0 = unknown
//	Hour      int        // 0 to 23; meaningful only when HasTime
//	Minute    int        // meaningful only when HasTime
//	Second    int        // 0 when the page prints no seconds; meaningful only when HasTime
//	HasSecond bool       // the page gave the seconds (Second); meaningful only when HasTime
//	HasTime   bool       // the page gave a time of day: Hour and Minute
//	Offset    int        // seconds east of UTC; meaningful only when HasZone
//	HasZone   bool       // the page, or the outlet's rule, named the zone or offset
//
// and its methods:
//
//	ISO() string                  // ISO 8601 at its precision: "2024-01-18", "2023-09", "2023",
//	                              // "2023-05-25T23:12:07+04:00", "2023-05-25T23:12:07" (no zone),
//	                              // ":00" for seconds the page does not print; "" if not Valid
//	Valid() bool                  // the known parts can be a real date; the zero Stamp is not valid
//	Time() (t time.Time, ok bool) // the stamp as a time (UTC without a zone); ok only with a full date
//	SameDay(t Stamp) bool         // the same year and month, and the same day unless one has none
//	DayBefore(t Stamp) bool       // s falls on a day before t's (an unknown part counts as 0)
type Stamp = datestamp.Stamp

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

	// DayAlone is the day a dateline printed without its month (Europa
	// Press's "MADRID, 5"), which is no date by itself: Month and Day are
	// 0. The article settles its month from the URL's date or the crawl
	// date (see extract's FromDatelineCrawl). 0 for every other form.
	DayAlone int

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
	return &DatelineParts{Place: d.Place, Month: d.Month, Day: d.Day, Year: d.Year, DayAlone: d.DayAlone, Agency: d.Agency, Reporters: d.Reporters}
}

// stampOf is a pointer to a copy of s, the form a block holds it in.
func stampOf(s Stamp) *Stamp { return &s }
