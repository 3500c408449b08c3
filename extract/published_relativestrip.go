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
// strip, its parts set apart by a bar, a middle dot or a comma ("By Jane
// Doe | Published 14 hours ago", "Jane Doe · 2 days ago", "14 hours ago ·
// 3 min read", "By Jane Doe, 2 days ago"), or before the byline's "by"
// ("Posted 2 days ago by Jane Doe": [beforeByline]): the first part that
// relativeAt reads whole gives the day. A
// strip whose other part is an update's age ("Updated 2 hours ago") gives
// none from that part, as relativeAt gives none; nor does a line of prose
// ("The council met 3 days ago | Photo"), whose parts are no age alone.
func relativeStripAt(line string, crawl time.Time) (clean.Stamp, bool) {
	if len(line) > maxRelativeStrip || crawl.IsZero() {
		return clean.Stamp{}, false
	}
	if !strings.Contains(line, " | ") && !strings.Contains(line, "·") && !strings.Contains(line, "•") &&
		!strings.Contains(line, ", ") && !strings.Contains(line, " by ") && !strings.Contains(line, " By ") {
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
			return st, true // "Today, 10:30" read whole before its comma parts it
		}
		for sub := range strings.SplitSeq(part, ",") {
			if st, ok := relativeAt(sub, crawl); ok && sub != part {
				return st, true
			}
			if age, ok := beforeByline(sub); ok {
				if st, ok := relativeAt(age, crawl); ok {
					return st, true
				}
			}
		}
	}
	return clean.Stamp{}, false
}

// beforeByline returns what part prints before a byline that closes it
// (" by Jane Doe", " By Jane Doe"): "Posted 2 days ago" of "Posted 2 days
// ago by Jane Doe"; ok is false when part holds no " by " after some words.
func beforeByline(part string) (string, bool) {
	i := strings.Index(part, " by ")
	if j := strings.Index(part, " By "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 {
		return "", false
	}
	return part[:i], true
}
