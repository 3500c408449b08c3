package clean

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// The dates of the world's pages that [dateparse.DateLine] does not find
// inside a longer line: a Persian date of the solar Hijri calendar ("۱۴
// اسفند ۱۴۰۳"), and the Gregorian half of a Hijri date printed before
// it ("... 4 رمضان 1446 هـ - 4 مارس 2025 م") further in than the words a
// date may have before it.

// worldDate finds such a date in a short line (its digits already ASCII),
// with at most maxBefore words before it, and returns the date and where
// it starts.
func worldDate(line string, maxBefore int) (dateparse.Stamp, int, bool) {
	if i := strings.Index(line, "هـ"); i > 0 {
		// the Hijri date first: the Gregorian after its era's mark
		rest := i + len("هـ")
		skip := len(leadSeparators(line[rest:]))
		if st, pos, ok := findDateAfter(line[rest+skip:], maxBefore); ok {
			return st, rest + skip + pos, true
		}
	}
	return persianDate(line, maxBefore)
}

// leadSeparators returns the separators that open s: blanks, dashes, bars and
// commas.
func leadSeparators(s string) string {
	return s[:len(s)-len(strings.TrimLeft(s, " \u00a0-–—|,،/"))]
}

// persianMonths are the months of the solar Hijri calendar, Farvardin
// first, by Iran's names.
var persianMonths = [12]string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

// dariMonths are the same months by Afghanistan's names (Dari and Pashto
// pages), Hamal first: "۱۴ قوس ۱۴۰۴" is 14 Azar.
var dariMonths = [12]string{"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"}

// dayMonthYear reads the words of line as day, month name and year, the
// month one of names (as monthOf reads it); it returns the three and the
// byte offset of the day. At most maxBefore words may stand before it.
func dayMonthYear(line string, maxBefore int, monthOf func(string) int) (d, m, y, pos int, ok bool) {
	f := strings.Fields(line)
	for i := 0; i+2 < len(f) && i <= maxBefore; i++ {
		day, err := strconv.Atoi(strings.TrimRight(f[i], ".,"))
		if err != nil || day < 1 || day > 31 {
			continue
		}
		mo := monthOf(strings.TrimRight(f[i+1], ","))
		if mo == 0 {
			continue
		}
		year, err := strconv.Atoi(strings.TrimRight(f[i+2], ".,،"))
		if err != nil {
			continue
		}
		at := 0
		for k := 0; k <= i; k++ {
			at += strings.Index(line[at:], f[k])
			if k < i {
				at += len(f[k])
			}
		}
		return day, mo, year, at, true
	}
	return 0, 0, 0, 0, false
}

// persianDate reads a Persian date of the solar Hijri calendar, its month
// by name or in numbers (persianNumericDate), and gives its Gregorian day.
func persianDate(line string, maxBefore int) (dateparse.Stamp, int, bool) {
	if !arabicScript(line) {
		return dateparse.Stamp{}, 0, false
	}
	d, m, y, pos, ok := dayMonthYear(line, maxBefore, func(w string) int {
		for i := range persianMonths {
			if w == persianMonths[i] || w == dariMonths[i] {
				return i + 1
			}
		}
		return 0
	})
	if !ok {
		return persianNumericDate(line, maxBefore) // "۱۴۰۳/۱۲/۱۴"
	}
	if y < 1300 || y > 1500 || d > 31 || m > 6 && d > 30 {
		return dateparse.Stamp{}, 0, false
	}
	t := solarHijri(y, m, d)
	st := dateparse.Stamp{Year: t.Year(), Month: t.Month(), Day: t.Day()}
	return st, pos, true
}

// solarHijri returns the Gregorian day of day d of month m of solar Hijri
// year y (1300..1500): counted from 1 Farvardin 1400, 21 March 2021, by
// years of 365 days and of 366 in the leap years of the 33-year
// arithmetic rule. The first six months have 31 days, the next five 30.
func solarHijri(y, m, d int) time.Time {
	days := dateparse.YearsDays(1400, y, solarYearDays)
	if m <= 6 {
		days += (m - 1) * 31
	} else {
		days += 6*31 + (m-7)*30
	}
	days += d - 1
	return time.Date(2021, time.March, 21, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
}

// solarYearDays is the length of solar Hijri year y.
func solarYearDays(y int) int {
	if (25*y+11)%33 < 8 {
		return 366
	}
	return 365
}

// arabicScript reports whether s holds a letter of the Arabic block
// (U+0600..U+06FF, whose UTF-8 forms open with 0xD8..0xDB).
func arabicScript(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xD8 && s[i] <= 0xDB {
			return true
		}
	}
	return false
}
