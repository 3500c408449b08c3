package dateparse

import "strings"

// FullDateLine is [DateLine] for a full date: it reports a date line only
// when its stamp has a year and a day, and reads no line that cannot give
// a year (yearShaped). Callers that try many stretches of a line for a
// full date ("Posted on June 29, 2020 | 3 min read") ask it, most of them
// about stretches with no year at all: "$9 billion order for 30 Boeing
// 787", a street address, a phone number.
func FullDateLine(line string) (Stamp, bool) { return FullDateLineIn(line, NoLang) }

// FullDateLineIn is [FullDateLine] on a page in language lang: a month's
// name that clashes is read as lang reads it ([DateLineIn]).
func FullDateLineIn(line string, lang Lang) (Stamp, bool) {
	if len(line) <= MaxLineLen {
		line, _ = FoldDigits(line)
	}
	if len(line) < 4 || len(line) > MaxLineLen || !yearShaped(line) || !shortWithNumbers(line, 2) {
		return Stamp{}, false
	}
	st, _, ok := readDateLineIn(line, lang)
	if !ok || st.Year == 0 || st.Day == 0 {
		return Stamp{}, false
	}
	return st, true
}

// yearShaped reports whether s (its digits folded) holds what every year
// readDateLine reads is printed as:
//
//   - a run of four ASCII digits, the whole run, of a year yearOK takes
//     (1900..2100): every form's year is a number token of four digits
//     whose value yearOK tests (lineParser.date, year, yearFirst,
//     vietDate, hyphenedMonthFirst), and isoLine's "2006" reads four
//     digits at the line's start, before a hyphen; or of the Buddhist
//     era after a slash (thaiEraYear), as lineParser.date reads
//     "05/12/2568";
//   - a run of two digits after a full stop or a slash glued to a run of
//     digits, itself after the same mark glued to a digit: the two-digit
//     year of "14.11.24" and "04/03/25 10:15";
//   - a run of three digits of a Minguo year (minguoYear) before a
//     slash, full stop, hyphen or a dash the lexer reads as one
//     (minguoMarkLen): "114-03-04", "114–03–04";
//   - a run of two digits after an apostrophe, ' or ’: shortYear's
//     "Mar 4 '25";
//   - a byte 0xE0, which opens every Thai letter: thaiLine's year is any
//     number (of the Buddhist era), after a Thai month's name.
//
// The lines otherDateLine reads again hold their date in a part of the
// line that a run of digits does not run on from (after the Hijri era's
// mark, before an update's label): that part's year, read by DateLine
// again, is one of the above in s as well. TestYearShaped holds the claim
// over the package's date lines and variants of them without a year's
// shape, and over generated lines.
func yearShaped(s string) bool {
	// prevStart, prevEnd: the run of digits before the current one;
	// prevGlued: that run had a mark glued before it, after a digit.
	prevStart, prevEnd := -2, -2
	prevGlued := false
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0xE0 {
			return true
		}
		if c < '0' || c > '9' {
			i++
			continue
		}
		start := i
		var v int
		i, v = digitRun(s, i)
		n := i - start
		if n == 4 && (yearOK(v) || thaiEraYear(v) && start > 0 && s[start-1] == '/') {
			return true // or a Buddhist-era year after a slash: 05/12/2568
		}
		// the run is glued to the one before by one mark, "." or "/"
		glued := prevEnd == start-1 && (s[start-1] == '.' || s[start-1] == '/')
		if n == 2 && glued && prevGlued && s[prevStart-1] == s[start-1] {
			return true
		}
		if n == 3 && minguoYear(v) && minguoMarkLen(s[i:]) > 0 {
			return true // 114/03/04 (minguoYear)
		}
		if n == 2 && (start > 0 && s[start-1] == '\'' || strings.HasSuffix(s[:start], "’")) {
			return true // Mar 4 '25 (shortYear)
		}
		prevStart, prevEnd, prevGlued = start, i, glued
	}
	return false
}

// digitRun reads the run of ASCII digits at s[i:]: it returns the index past
// the run and the value of its first four digits (enough to tell a year, a
// Minguo year or a day from longer numbers, which callers refuse by length).
func digitRun(s string, i int) (end, v int) {
	start := i
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		if i-start < 4 {
			v = v*10 + int(s[i]-'0')
		}
	}
	return i, v
}
