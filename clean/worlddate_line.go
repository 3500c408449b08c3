package clean

import (
	"strconv"
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// maxSolarLineWords is how many words a solar Hijri date line holds at
// most: a weekday, the day, the month, the year, a dash, "ساعت" (hour)
// and the time.
const maxSolarLineWords = 7

// solarDateLine reads a line that holds only a Persian date of the solar
// Hijri calendar, with its month by name: maybe a weekday first
// ("سه‌شنبه ۱۴ اسفند ۱۴۰۳"), maybe a time after it, set off by a dash, a
// bar or a comma, or after "ساعت" ("۱۴ اسفند ۱۴۰۳ - ۱۰:۱۲", "۱۴ اسفند
// ۱۴۰۳ ساعت ۱۰:۱۲"). It gives the Gregorian day and the time.
// [persianDate] finds such a date inside a longer line; a line that holds
// only one is a date line, not a headline.
func solarDateLine(line string) (dateparse.Stamp, bool) {
	if !arabicScript(line) {
		return dateparse.Stamp{}, false
	}
	if f, ok := dateparse.FoldDigits(line); ok {
		line = f
	}
	f := strings.Fields(line)
	if len(f) < 3 || len(f) > maxSolarLineWords {
		return dateparse.Stamp{}, false
	}
	if _, ok := dateparse.AnyWeekday(strings.TrimRight(f[0], ",،")); ok {
		f = f[1:]
	}
	if len(f) < 3 {
		return dateparse.Stamp{}, false
	}
	st, pos, ok := persianDate(strings.Join(f[:3], " "), 0)
	if !ok || pos != 0 {
		return dateparse.Stamp{}, false
	}
	rest := f[3:]
	if len(rest) > 0 && (rest[0] == "-" || rest[0] == "–" || rest[0] == "|" || rest[0] == "،" || rest[0] == ",") {
		rest = rest[1:]
	}
	if len(rest) > 0 && rest[0] == "ساعت" {
		rest = rest[1:]
	}
	switch len(rest) {
	case 0:
		return st, true
	case 1:
		h, m, ok := hourMinute(rest[0])
		if !ok {
			return dateparse.Stamp{}, false
		}
		st.Hour, st.Minute, st.HasTime = h, m, true
		return st, true
	}
	return dateparse.Stamp{}, false
}

// hourMinute reads "H:MM" or "HH:MM", ASCII digits.
func hourMinute(s string) (h, m int, ok bool) {
	hs, ms, found := strings.Cut(s, ":")
	if !found || len(hs) < 1 || len(hs) > 2 || len(ms) != 2 {
		return 0, 0, false
	}
	h, errH := strconv.Atoi(hs)
	m, errM := strconv.Atoi(ms)
	if errH != nil || errM != nil || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}
