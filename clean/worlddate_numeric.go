package clean

import (
	"strconv"
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// persianNumericDate reads a Persian page's numeric date of the solar
// Hijri calendar, year first ("تاریخ انتشار: ۱۴۰۳/۱۲/۱۴ - ۱۰:۳۰", its
// digits already ASCII), and gives its Gregorian day and where it starts;
// at most maxBefore words stand before it, and no word past them is read. The line must hold a letter
// of Persian's own (persianLetter), and the year be at most
// maxSolarNumericYear: an Arabic or Urdu page's year-first date is of the
// lunar Hijri calendar.
func persianNumericDate(line string, maxBefore int) (dateparse.Stamp, int, bool) {
	if !persianLetter(line) {
		return dateparse.Stamp{}, 0, false
	}
	at := 0
	for range maxBefore + 1 { // the words as strings.Fields parts them, up to the date's place
		at = spaceEnd(line, at)
		if at == len(line) {
			break
		}
		end := fieldEnd(line, at)
		if y, m, d, ok := yearFirstDigits(trimDateStops(line[at:end])); ok && y >= 1300 && y <= maxSolarNumericYear && !(m > 6 && d > 30) {
			t := solarHijri(y, m, d)
			return dateparse.Stamp{Year: t.Year(), Month: t.Month(), Day: t.Day()}, at, true
		}
		at = end
	}
	return dateparse.Stamp{}, 0, false
}

// spaceEnd returns where the run of white space (unicode.IsSpace) that
// starts at byte i of s ends: i itself when s[i] is no space, len(s) when
// the run reaches the end.
func spaceEnd(s string, i int) int {
	for i < len(s) {
		sp, n := spaceAt(s, i)
		if !sp {
			break
		}
		i += n
	}
	return i
}

// maxSolarNumericYear is the last solar Hijri year (2051) a numeric date
// is read in: the lunar Hijri years of this century (1421 on) are past it.
const maxSolarNumericYear = 1430

// yearFirstDigits reads s as a year of four digits, a month and a day,
// parted by one "/", "-" or "." ("1403/12/14").
func yearFirstDigits(s string) (y, m, d int, ok bool) {
	if len(s) < 8 || len(s) > 10 || (s[4] != '/' && s[4] != '-' && s[4] != '.') {
		return 0, 0, 0, false
	}
	parts := strings.Split(s, s[4:5])
	if len(parts) != 3 || len(parts[1]) > 2 || len(parts[2]) > 2 {
		return 0, 0, 0, false
	}
	var err error
	if y, err = strconv.Atoi(parts[0]); err != nil {
		return 0, 0, 0, false
	}
	if m, err = strconv.Atoi(parts[1]); err != nil || m < 1 || m > 12 {
		return 0, 0, 0, false
	}
	if d, err = strconv.Atoi(parts[2]); err != nil || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// persianLetter reports whether s holds a letter Persian writes and
// Arabic does not (پ, چ, ژ, گ, or Persian's own ی and ک), and none of
// Urdu's own (ٹ, ڈ, ڑ, ں, ے, ہ): Pakistan's pages date by the lunar
// Hijri calendar. It reads the letters' two UTF-8 bytes (a lead byte
// D9..DB and the one after it) in one pass: strings.ContainsAny with a set
// past ASCII would decode every rune of s, once for each set.
func persianLetter(s string) bool {
	persian := false
	for i := 0; i+1 < len(s); i++ {
		if c := s[i]; c < 0xD9 || c > 0xDB {
			continue
		}
		switch uint16(s[i])<<8 | uint16(s[i+1]) {
		case 0xD9BE, 0xDA86, 0xDA98, 0xDAAF, 0xDAA9, 0xDB8C: // پ چ ژ گ ک ی
			persian = true
		case 0xD9B9, 0xDA88, 0xDA91, 0xDABA, 0xDB92, 0xDB81: // ٹ ڈ ڑ ں ے ہ
			return false
		}
	}
	return persian
}

// solarNumericLine reads a line that holds only a Persian page's numeric
// date of the solar Hijri calendar, year first (persianNumericDate's),
// maybe a weekday first and a time before or after it, set off by a dash,
// a bar, a comma or "ساعت" (hour): "۱۴۰۴/۰۲/۱۵ - ۱۴:۳۰", "۱۴:۳۰:۱۵ -
// ۱۴۰۴/۰۲/۱۵". The line must be Persian's: Persian digits (which Arabic
// pages do not print) or a letter of Persian's own (persianLetter). It
// gives the Gregorian day and the time, with the seconds it prints.
func solarNumericLine(line string) (dateparse.Stamp, bool) {
	if len(line) > maxSolarNumericLine || !arabicScript(line) || !persianDigits(line) && !persianLetter(line) {
		return dateparse.Stamp{}, false
	}
	if f, ok := dateparse.FoldDigits(line); ok {
		line = f
	}
	var st dateparse.Stamp
	date, clock := false, false
	for i, w := range strings.Fields(line) {
		w = strings.TrimRight(w, ",،")
		switch {
		case w == "" || w == "-" || w == "–" || w == "|" || w == "ساعت":
			continue
		case i == 0:
			if _, ok := dateparse.AnyWeekday(w); ok {
				continue
			}
		}
		if y, m, d, ok := yearFirstDigits(w); ok && !date && y >= 1300 && y <= maxSolarNumericYear && !(m > 6 && d > 30) {
			t := solarHijri(y, m, d)
			st.Year, st.Month, st.Day, date = t.Year(), t.Month(), t.Day(), true
			continue
		}
		h, mi, sec, ok := hourMinute(w)
		if !ok || clock {
			return dateparse.Stamp{}, false
		}
		st.Hour, st.Minute, st.HasTime, clock = h, mi, true, true
		if sec >= 0 {
			st.Second, st.HasSecond = sec, true
		}
	}
	return st, date
}

// solarNumericAlone reports whether s, a line without letters, is a
// numeric solar Hijri date in Persian digits ("۱۴۰۴/۰۲/۱۵ - ۱۴:۳۰"),
// which the dates stage reads.
func solarNumericAlone(s string) bool {
	_, ok := solarNumericLine(s)
	return ok
}

// maxSolarNumericLine is the longest line solarNumericLine reads, in
// bytes: a weekday, the date, a dash, "ساعت" and a time with seconds, in
// Persian digits of two bytes each.
const maxSolarNumericLine = 80

// persianDigits reports whether s holds a digit of the Persian (extended
// Arabic-Indic) set, U+06F0..U+06F9, whose UTF-8 forms are DB B0..B9.
func persianDigits(s string) bool {
	for i := strings.IndexByte(s, 0xDB); i >= 0 && i+1 < len(s); {
		if s[i+1] >= 0xB0 && s[i+1] <= 0xB9 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xDB)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// trimDateStops is s without the full stops, commas and Arabic commas
// ("،", D8 8C) at its end, by a byte loop: strings.TrimRight with a cutset
// that holds a rune of more than a byte decodes every rune.
func trimDateStops(s string) string {
	for len(s) > 0 {
		switch {
		case s[len(s)-1] == '.' || s[len(s)-1] == ',':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "،"):
			s = s[:len(s)-len("،")]
		default:
			return s
		}
	}
	return s
}
