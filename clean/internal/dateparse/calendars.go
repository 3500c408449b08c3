package dateparse

import (
	"strconv"
	"strings"
	"time"
)

// Date lines that print a date of another calendar: beside the Gregorian
// one ("۱۴ آذر ۱۴۰۴ (۵ دسامبر ۲۰۲۵)", "۱۴ قوس ۱۴۰۴ - ۵ دسمبر ۲۰۲۵"), or
// alone in the Ethiopian calendar ("ህዳር 26, 2018", "ማክሰኞ ጥቅምት 25 ቀን
// 2018 ዓ.ም."); and Khmer's, with its words for day, the ordinal and
// year ("ថ្ងៃសុក្រ ទី៥ ខែធ្នូ ឆ្នាំ២០២៥"). Read by otherDateLine, their
// digits already ASCII.

// besideSeparators part a date of another calendar from the Gregorian
// one printed beside it; " (" opens a Gregorian date in parentheses.
var besideSeparators = [...]string{" (", " - ", " | ", " – ", " — "}

// calendarBeside reads a line of two dates, one of them of a calendar
// whose years are 1300..1599 (the solar or the lunar Hijri: a day, a
// month's name and the year, maybe a weekday first), the other a
// Gregorian date line, either first. It returns the Gregorian date.
func calendarBeside(line string) (Stamp, bool) {
	for _, sep := range besideSeparators {
		a, b, ok := strings.Cut(line, sep)
		if !ok {
			continue
		}
		if sep == " (" {
			if b, ok = strings.CutSuffix(strings.TrimSpace(b), ")"); !ok {
				continue
			}
		}
		greg := ""
		switch {
		case otherYearDate(a):
			greg = b
		case otherYearDate(b):
			greg = a
		default:
			continue
		}
		if st, _, ok := DateLine(greg); ok && st.Year != 0 {
			return st, true
		}
	}
	return Stamp{}, false
}

// otherYearDate reports whether s is a short date that ends with a year
// of 1300..1599 after a word (its month's name): "۱۴ آذر ۱۴۰۴" with its
// digits folded, "جمعه 14 قوس 1404".
func otherYearDate(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 || len(f) > 4 {
		return false
	}
	y, err := strconv.Atoi(f[len(f)-1])
	if err != nil || y < 1300 || y >= 1600 {
		return false
	}
	_, err = strconv.Atoi(f[len(f)-2])
	_, errDay := strconv.Atoi(f[len(f)-3])
	return err != nil && errDay == nil // a day, a month's name, the year
}

// ethiopianMonths are the thirteen months of the Ethiopian calendar,
// Meskerem first, in the spellings Amharic pages print (the older letters
// and the plainer ones: "ኅዳር", "ህዳር").
var ethiopianMonths = [13][]string{
	{"መስከረም"}, {"ጥቅምት"}, {"ኅዳር", "ህዳር"}, {"ታኅሣሥ", "ታህሳስ", "ታኅሳስ", "ታህሣሥ"}, {"ጥር"}, {"የካቲት"},
	{"መጋቢት"}, {"ሚያዝያ", "ሚያዚያ"}, {"ግንቦት"}, {"ሰኔ"}, {"ሐምሌ", "ሃምሌ"}, {"ነሐሴ", "ነሃሴ"}, {"ጳጉሜ", "ጳጉሜን"},
}

// ethiopianMonth returns the month w names (1..13), 0 when none.
func ethiopianMonth(w string) int {
	for i, names := range ethiopianMonths {
		for _, n := range names {
			if w == n {
				return i + 1
			}
		}
	}
	return 0
}

// ethiopianLine reads a date line of the Ethiopian calendar: maybe a
// weekday, the month's name, the day (maybe "ቀን", day, after it, or a
// comma), the year, maybe its era's mark "ዓ.ም.". It returns the
// Gregorian day.
func ethiopianLine(line string) (Stamp, bool) {
	if !strings.Contains(line, "\xe1") {
		return Stamp{}, false // no Ethiopic letter (U+1200..U+137F open with 0xE1)
	}
	f := strings.Fields(line)
	if len(f) > 0 {
		if last := strings.TrimSuffix(f[len(f)-1], "."); last == "ዓ.ም" || last == "ዓም" {
			f = f[:len(f)-1]
		}
	}
	if len(f) >= 4 && ethiopianMonth(f[0]) == 0 {
		f = f[1:] // the weekday
	}
	if len(f) == 4 && f[2] == "ቀን" {
		f = append(f[:2], f[3])
	}
	if len(f) != 3 {
		return Stamp{}, false
	}
	m := ethiopianMonth(f[0])
	d, errD := strconv.Atoi(strings.TrimSuffix(f[1], ","))
	y, errY := strconv.Atoi(f[2])
	if m == 0 || errD != nil || errY != nil || y < 1900 || y > 2100 || d < 1 || d > 30 || m == 13 && d > 6 {
		return Stamp{}, false
	}
	t := ethiopianDay(y, m, d)
	return Stamp{Year: t.Year(), Month: t.Month(), Day: t.Day()}, true
}

// ethiopianDay returns the Gregorian day of day d of month m of Ethiopian
// year y: counted from 1 Meskerem 2018, 11 September 2025, by years of
// 365 days and of 366 in the years before those whose number leaves 3
// when divided by 4 (2015 had a sixth day of Pagume). Each month has 30
// days, Pagume the rest.
func ethiopianDay(y, m, d int) time.Time {
	days := YearsDays(2018, y, ethiopianYearDays) + (m-1)*30 + d - 1
	return time.Date(2025, time.September, 11, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
}

// YearsDays counts the days from the first day of year from to the first
// day of year to (negative when to comes first) in a calendar whose year y
// lasts yearDays(y) days: the shared step of reading a day of a
// non-Gregorian calendar as so many days after a known Gregorian one. It
// walks |to-from| years, so callers bound the year they read.
func YearsDays(from, to int, yearDays func(int) int) int {
	days := 0
	for y := from; y < to; y++ {
		days += yearDays(y)
	}
	for y := to; y < from; y++ {
		days -= yearDays(y)
	}
	return days
}

// ethiopianYearDays is the length of Ethiopian year y.
func ethiopianYearDays(y int) int {
	if y%4 == 3 {
		return 366
	}
	return 365
}

// Khmer's words around a date's numbers: "ថ្ងៃ", day (opening the
// weekday's name, "ថ្ងៃសុក្រ"), "ទី", the ordinal's mark before the day,
// and "ឆ្នាំ", year, before the year.
const (
	khmerDay     = "ថ្ងៃ"
	khmerOrdinal = "ទី"
	khmerYear    = "ឆ្នាំ"
)

// khmerLine reads a Khmer date line: maybe the weekday or the word for
// day, the day after "ទី", the month's name (maybe after "ខែ", month),
// the year after "ឆ្នាំ". The words cut away, what is left is read as a
// date line ("5 ខែធ្នូ 2025").
func khmerLine(line string) (Stamp, bool) {
	if !strings.Contains(line, khmerYear) && !strings.Contains(line, khmerOrdinal) {
		return Stamp{}, false
	}
	var b strings.Builder
	for i, w := range strings.Fields(line) {
		if i == 0 && strings.HasPrefix(w, khmerDay) {
			w = strings.TrimPrefix(w, khmerDay)
			if i := strings.Index(w, khmerOrdinal); i >= 0 {
				w = w[i:] // "ថ្ងៃទី៥": the day's word, then the day's ("ថ្ងៃទី ៥": the mark alone, cut below)
			} else {
				continue // the weekday: "ថ្ងៃសុក្រ"
			}
		}
		if w == khmerOrdinal || w == khmerYear {
			continue // the mark alone, a blank before its number: "ទី ៥", "ឆ្នាំ ២០២៥"
		}
		for _, mark := range [...]string{khmerOrdinal, khmerYear} {
			if rest, ok := strings.CutPrefix(w, mark); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				w = rest
			}
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	if b.Len() == len(line) {
		return Stamp{}, false // nothing cut: no Khmer date
	}
	st, _, ok := DateLine(b.String())
	return st, ok && st.Year != 0
}
