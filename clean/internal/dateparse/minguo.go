package dateparse

import "unicode/utf8"

// Taiwan's pages count years from the Republic of China's founding
// (Minguo: 1912 is its year 1) and print a numeric date year first with
// that year's three digits: "114/03/04", "114-03-04" or "114.03.04" is 4
// March 2025 ("民國114年3月4日", with 年, is package clean's to read).
// Such a year is read only on a page in Taiwan's Chinese (TaiwanChinese,
// its language tag; the date lines the parser reads hold no Han words
// that could tell it otherwise): elsewhere a three-digit number before
// two small ones is a version ("Firefox 115.3.1") or a phone number
// ("112-03-04") far more often than a date. MinguoMayRead tells the
// readers that read a line without the page's language first which
// lines to read again in it.

// minguoBase is what a Minguo year adds up to the Common Era's.
const minguoBase = 1911

// minguoYear reports whether y, a number of three digits, is a Minguo
// year this reader takes: 100..130 (2011..2041). Earlier years of two
// digits would read as another form's, and a three-digit number before a
// month and a day outside the range is more often a code or a page count
// than a year.
func minguoYear(y int) bool { return y >= 100 && y <= 130 }

// minguoParts reports whether b and c, the month and day after a Minguo
// year and the mark sep, are printed as a Minguo date prints them: one
// digit or two after slashes or hyphens ("114/3/4"), two after full
// stops, since a dotted run of one-digit parts ("115.3.1") is a
// version's.
func minguoParts(sep int, b, c tok) bool {
	if sep == '.' {
		return b.digits() == 2 && c.digits() == 2
	}
	return b.digits() <= 2 && c.digits() <= 2
}

// MinguoMayRead reports whether s may hold a Minguo date that only a
// TaiwanChinese page reads: a run of exactly three digits of a Minguo
// year (minguoYear) before a slash, a hyphen, a full stop or a dash the
// lexer folds to a hyphen, then a digit. One pass over s's bytes.
func MinguoMayRead(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		start := i
		var v int
		i, v = digitRun(s, i)
		if i-start == 3 && minguoYear(v) {
			if n := minguoMarkLen(s[i:]); n > 0 && i+n < len(s) && s[i+n] >= '0' && s[i+n] <= '9' {
				return true
			}
		}
	}
	return false
}

// minguoMarkLen returns the byte length of the mark that opens s where
// it is one a Minguo date is printed with ("/", ".", "-" or a dash the
// lexer reads as "-": "114–03–04"), else 0.
func minguoMarkLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '/', '.', '-':
		return 1
	}
	if s[0] < utf8.RuneSelf {
		return 0
	}
	if r, n := utf8.DecodeRuneInString(s); isDash(r) {
		return n
	}
	return 0
}
