package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// publishedBeside reads the publication's date that an update's strip
// gives after the update's date upd at pos: a labelled full date
// ([publishedAfter]) or, past a separator, a labelled month and day
// without a year ([publishedYearless]).
func publishedBeside(line string, pos int, upd dateparse.Stamp) (dateparse.Stamp, bool) {
	if st, ok := publishedAfter(line, pos); ok {
		return st, true
	}
	return publishedYearless(line, pos, upd)
}

// publishedYearless reads an update's strip whose part after a separator
// labels the publication with a month and a day and no year ("Updated:
// Mar. 5, 2025 / Originally published Mar. 4"): upd is the update's date
// at pos. The publication's year is the update's, or the one before where
// that day would fall after the update (an update in January of a story
// of December).
func publishedYearless(line string, pos int, upd dateparse.Stamp) (dateparse.Stamp, bool) {
	if upd.Year == 0 || upd.Day == 0 || pos < 0 || pos >= len(line) {
		return dateparse.Stamp{}, false
	}
	part, ok := partAfter(line, pos)
	if !ok || !dateLabel().MatchString(part) {
		return dateparse.Stamp{}, false
	}
	end := dateLabel().matchEnd(part)
	if end < 0 || isUpdate(part[:end]) {
		return dateparse.Stamp{}, false
	}
	rest := strings.TrimSpace(part[end:])
	if on, ok := strings.CutPrefix(rest, "on "); ok {
		rest = on
	}
	md, ok := dateparse.MonthDayLine(strings.TrimRight(rest, ". "))
	if !ok {
		return dateparse.Stamp{}, false
	}
	md.Year = upd.Year
	if md.Month > upd.Month || md.Month == upd.Month && md.Day > upd.Day {
		md.Year--
	}
	return md, true
}
