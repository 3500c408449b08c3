package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// croatianOctober returns st, a printed date read as November, as October
// when the page is Croatian (its language tag "hr") and a date line (a
// block of at most maxCroatianLine bytes, not a story paragraph) prints
// st's day before "listopad" and st's year after it: Croatian's October
// ("17. listopada 2025.") is Polish's November, which the date parser,
// knowing no page's language, reads it as. A date read from numbers
// ("17.11.2025.") is returned as it is, whatever a paragraph says of a
// day in "listopada", as is any other st.
func (as *assembler) croatianOctober(st clean.Stamp) clean.Stamp {
	if st.Month != time.November || st.Day == 0 || !as.croatianPage() {
		return st
	}
	for i := range as.res.Blocks {
		if t := as.res.Blocks[i].Text; len(t) <= maxCroatianLine && printsListopadDate(t, st) {
			st.Month = time.October
			return st
		}
	}
	return st
}

// lineUpdatedAt returns the update time the visible "Updated ..." line
// near the title gives (the metadata's LineUpdatedAt), a Croatian line's
// "listopada" read as October (see croatianOctober).
func (as *assembler) lineUpdatedAt() clean.Stamp {
	return as.croatianOctober(as.res.Meta.LineUpdatedAt)
}

// maxCroatianLine is the longest block croatianOctober takes for the date
// line that gave a date, in bytes.
const maxCroatianLine = 160

// croatianOctoberIn returns st as October when the page is Croatian, st is
// read as November and line, the text st was read from, prints st's day
// before "listopad" and its year after (see croatianOctober); any other st
// as it is.
func (as *assembler) croatianOctoberIn(st clean.Stamp, line string) clean.Stamp {
	if st.Month == time.November && st.Day != 0 && as.croatianPage() && printsListopadDate(line, st) {
		st.Month = time.October
	}
	return st
}

// croatianPage reports whether the page's language tag is Croatian
// ("hr", "hr-HR", "hr_HR").
func (as *assembler) croatianPage() bool {
	m := as.res.Meta
	if m == nil || len(m.Language) < 2 || !strings.EqualFold(m.Language[:2], "hr") {
		return false
	}
	return len(m.Language) == 2 || m.Language[2] == '-' || m.Language[2] == '_'
}

// printsListopadDate reports whether text prints st's day before
// "listopad" (in lower case, capitalised or in capitals) and, when st has
// a year, that year within a few bytes after it: "17. listopada 2025.",
// "17 LISTOPADA 2025".
func printsListopadDate(text string, st clean.Stamp) bool {
	for _, w := range [...]string{"listopad", "Listopad", "LISTOPAD"} {
		for rest := text; ; {
			at := strings.Index(rest, w)
			if at < 0 {
				break
			}
			after := rest[at+len(w):]
			if closingDay(rest[:at]) == st.Day && (st.Year == 0 || opensYear(after, st.Year)) {
				return true
			}
			rest = after
		}
	}
	return false
}

// opensYear reports whether s, the text after a month's name, prints year
// within its first listopadYearGap bytes ("a 2025." after "listopad").
func opensYear(s string, year int) bool {
	y := strconv.Itoa(year)
	at := strings.Index(s[:min(len(s), listopadYearGap+len(y))], y)
	return at >= 0 && (at+len(y) == len(s) || s[at+len(y)] < '0' || s[at+len(y)] > '9')
}

// listopadYearGap is how far after "listopad" the year may start: the
// case ending ("a"), a full stop and blanks.
const listopadYearGap = 6

// closingDay returns the number of one or two digits that closes s, past
// blanks (spaces, no-break spaces) and a full stop ("17. " gives 17), or 0;
// 0 too when a third digit comes before them ("2017. " is a year).
func closingDay(s string) int {
	s = trimClosingBlanks(s)
	s = strings.TrimSuffix(s, ".")
	n, digits := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if digits == 2 {
			return 0
		}
		n += int(c-'0') * [2]int{1, 10}[digits]
		digits++
	}
	return n
}

// trimClosingBlanks returns s without the spaces and no-break spaces
// (U+00A0, "\xc2\xa0") that close it, by bytes.
func trimClosingBlanks(s string) string {
	for {
		switch {
		case strings.HasSuffix(s, " "):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u00a0"):
			s = s[:len(s)-len("\u00a0")]
		default:
			return s
		}
	}
}
