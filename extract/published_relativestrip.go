package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean"
)

// maxRelativeStrip is the longest byline strip read for a story's age.
const maxRelativeStrip = 160

// relativeStripAt reads a story's age printed as one part of a byline
// strip, its parts set apart by a bar or a middle dot ("By Jane Doe |
// Published 14 hours ago", "Jane Doe · 2 days ago", "14 hours ago · 3 min
// read"): the first part that relativeAt reads whole gives the day. A
// strip whose other part is an update's age ("Updated 2 hours ago") gives
// none from that part, as relativeAt gives none; nor does a line of prose
// ("The council met 3 days ago | Photo"), whose parts are no age alone.
func relativeStripAt(line string, crawl time.Time) (clean.Stamp, bool) {
	if len(line) > maxRelativeStrip || crawl.IsZero() {
		return clean.Stamp{}, false
	}
	if !strings.Contains(line, " | ") && !strings.Contains(line, "·") && !strings.Contains(line, "•") {
		return clean.Stamp{}, false
	}
	rest := line
	for rest != "" {
		part := rest
		if i := strings.IndexAny(rest, "|·•"); i >= 0 {
			part, rest = rest[:i], rest[i:]
			_, n := utf8.DecodeRuneInString(rest)
			rest = rest[n:]
		} else {
			rest = ""
		}
		if st, ok := relativeAt(part, crawl); ok {
			return st, true
		}
	}
	return clean.Stamp{}, false
}
