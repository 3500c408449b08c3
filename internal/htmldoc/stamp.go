package htmldoc

import "time"

// Stamp is a parsed date, field for field the same as clean.Stamp (which
// converts to and from it): a calendar date, maybe with a time of day and
// a UTC offset. Unknown parts are zero. Package htmldoc does not parse
// dates; package clean fills the Stamps of [Meta].
type Stamp struct {
	Year      int
	Month     time.Month
	Day       int
	Hour      int  // 0 to 23; meaningful only when HasTime
	Minute    int  // meaningful only when HasTime
	Second    int  // 0 when the page prints no seconds; meaningful only when HasTime
	HasSecond bool // the page gave the seconds (Second); meaningful only when HasTime
	HasTime   bool // the page gave a time of day
	Offset    int  // seconds east of UTC; meaningful only when HasZone
	HasZone   bool // the page gave the zone
}
