package htmldoc

import "time"

// Stamp is a parsed date, field for field the same as clean.Stamp (which
// converts to and from it): a calendar date, maybe with a time of day and
// a UTC offset. Unknown parts are zero. Package htmldoc does not parse
// dates; package clean fills the Stamps of [Meta].
type Stamp struct {
	Year    int
	Month   time.Month
	Day     int
	Hour    int
	Minute  int
	HasTime bool
	Offset  int
	HasZone bool
}
