package htmldoc

import "github.com/newsclean/newsclean/internal/datestamp"

// Stamp is a parsed date: a calendar date, maybe with a time of day and a
// UTC offset, unknown parts zero. It is the module's one stamp type
// (internal/datestamp), the same type as clean.Stamp. Package htmldoc does
// not parse dates; package clean fills the Stamps of [Meta].
type Stamp = datestamp.Stamp
