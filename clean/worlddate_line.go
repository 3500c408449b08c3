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
		h, m, sec, ok := hourMinute(rest[0])
		if !ok {
			return dateparse.Stamp{}, false
		}
		st.Hour, st.Minute, st.HasTime = h, m, true
		if sec >= 0 {
			st.Second, st.HasSecond = sec, true // "۱۰:۱۲:۰۷"
		}
		return st, true
	}
	return dateparse.Stamp{}, false
}

// solarLine reads a line that holds only a Persian date of the solar Hijri
// calendar, its month by name (solarDateLine) or in numbers
// (solarNumericLine), with its time where it gives one.
func solarLine(line string) (dateparse.Stamp, bool) {
	if st, ok := solarDateLine(line); ok {
		return st, true
	}
	return solarNumericLine(line)
}

// hourMinute reads "H:MM" or "HH:MM", maybe with ":SS", ASCII digits; sec
// is -1 where the clock gives no seconds.
func hourMinute(s string) (h, m, sec int, ok bool) {
	hs, ms, found := strings.Cut(s, ":")
	ms, ss, hasSec := strings.Cut(ms, ":")
	sec = -1
	if hasSec {
		if len(ss) != 2 || ss[0] < '0' || ss[0] > '5' || ss[1] < '0' || ss[1] > '9' {
			return 0, 0, -1, false
		}
		sec = int(ss[0]-'0')*10 + int(ss[1]-'0')
	}
	if !found || len(hs) < 1 || len(hs) > 2 || len(ms) != 2 {
		return 0, 0, -1, false
	}
	h, errH := strconv.Atoi(hs)
	m, errM := strconv.Atoi(ms)
	if errH != nil || errM != nil || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, 0, -1, false
	}
	return h, m, sec, true
}
