package dateparse

import (
	"strings"
	"time"
)

// persianMonths are the months of the Solar Hijri calendar, Farvardin
// first, as Iranian and Afghan (Dari) pages print them.
var persianMonths = [12][]string{
	{"فروردین", "حمل"}, {"اردیبهشت", "ثور"}, {"خرداد", "جوزا"}, {"تیر", "سرطان"},
	{"مرداد", "امرداد", "اسد"}, {"شهریور", "سنبله"}, {"مهر", "میزان"}, {"آبان", "عقرب"},
	{"آذر", "قوس"}, {"دی", "جدی"}, {"بهمن", "دلو"}, {"اسفند", "حوت"},
}

// persianLine reads a date of the Solar Hijri calendar ("۲۴ اسفند ۱۴۰۲",
// its digits folded to ASCII first by DateLine: "24 اسفند 1402"), with
// at most two words before the day (a weekday, a label) and a clock after
// the year, and returns its Gregorian day: the calendars' new years fall
// on the March equinox, so the day is computed, not looked up. Years
// outside 1300..1500 are refused.
func persianLine(line string) (Stamp, bool) {
	if !arabicScript(line) {
		return Stamp{}, false // no month's name
	}
	f := strings.Fields(strings.NewReplacer("،", " ", ",", " ", "-", " ", "|", " ").Replace(line))
	if len(f) < 3 || len(f) > 7 {
		return Stamp{}, false
	}
	for k := 1; k+1 < len(f) && k <= 3; k++ {
		m := persianMonth(f[k])
		if m == 0 {
			continue
		}
		d, okD := smallNumber(f[k-1], 2)
		y, okY := smallNumber(f[k+1], 4)
		if !okD || !okY || len(f[k+1]) != 4 || y < 1300 || y > 1500 || d < 1 || d > 31 || m > 6 && d > 30 {
			return Stamp{}, false
		}
		for _, w := range f[:k-1] {
			if hasDigit(w) {
				return Stamp{}, false
			}
		}
		gy, gm, gd := jalaliToGregorian(y, m, d)
		st := Stamp{Year: gy, Month: time.Month(gm), Day: gd}
		rest := f[k+2:]
		if len(rest) > 2 {
			return Stamp{}, false
		}
		for _, w := range rest {
			if h, mi, ok := hhmm(w); ok {
				st.Hour, st.Minute, st.HasTime = h, mi, true
			} else if hasDigit(w) {
				return Stamp{}, false
			}
		}
		return st, st.Valid()
	}
	return Stamp{}, false
}

// arabicScript reports whether s holds a letter of the Arabic block
// (U+0600-U+06FF, whose UTF-8 lead bytes are 0xD8-0xDB).
func arabicScript(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xd8 && s[i] <= 0xdb {
			return true
		}
	}
	return false
}

// persianMonth returns the Solar Hijri month w names, 1 to 12, or 0.
func persianMonth(w string) int {
	for i, names := range persianMonths {
		for _, n := range names {
			if w == n {
				return i + 1
			}
		}
	}
	return 0
}

// smallNumber reads w as a number of at most most ASCII digits.
func smallNumber(w string, most int) (int, bool) {
	if w == "" || len(w) > most {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, true
}

// hhmm reads "14:05" as an hour and a minute.
func hhmm(w string) (h, m int, ok bool) {
	i := strings.IndexByte(w, ':')
	if i < 1 {
		return 0, 0, false
	}
	h, okH := smallNumber(w[:i], 2)
	m, okM := smallNumber(w[i+1:], 2)
	return h, m, okH && okM && len(w[i+1:]) == 2 && h < 24 && m < 60
}

// jalaliToGregorian converts a Solar Hijri date to the Gregorian
// calendar's (the arithmetic of the 33-year cycle that the Iranian
// calendar's leap years follow closely from 1178 to 1633 SH).
func jalaliToGregorian(jy, jm, jd int) (gy, gm, gd int) {
	jy += 1595
	days := -355668 + 365*jy + (jy/33)*8 + ((jy%33)+3)/4 + jd
	if jm < 7 {
		days += (jm - 1) * 31
	} else {
		days += (jm-7)*30 + 186
	}
	gy = 400 * (days / 146097)
	days %= 146097
	if days > 36524 {
		days--
		gy += 100 * (days / 36524)
		days %= 36524
		if days >= 365 {
			days++
		}
	}
	gy += 4 * (days / 1461)
	days %= 1461
	if days > 365 {
		gy += (days - 1) / 365
		days = (days - 1) % 365
	}
	gd = days + 1
	feb := 28
	if gy%4 == 0 && gy%100 != 0 || gy%400 == 0 {
		feb = 29
	}
	months := [12]int{31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	for gm = 1; gm <= 12 && gd > months[gm-1]; gm++ {
		gd -= months[gm-1]
	}
	return gy, gm, gd
}
