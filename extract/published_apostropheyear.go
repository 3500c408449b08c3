package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// shortYearAsCrawl returns st with its year read relative to the crawl
// date when the page prints that year cut to two digits after an
// apostrophe ("Mar 4 '25", "4 March ’25"). clean reads no clock, so it
// reads such a year in a fixed window (1930..2029); with a crawl date
// the two digits name the latest year ending in them whose date is not
// after the crawl's next day ("'30" crawled in 2031 is 2030, "'76"
// crawled in 2026 1976). Idempotent: handPublished applies it before its
// future check and asPrinted again.
//
// When that year lies more than [maxShortYearBack] years before the
// crawl, st is refused (the zero Stamp is returned): the two digits are
// then mostly a year or a few ahead of the crawl ("Sat Mar 4 '27" on an
// event strip crawled in 2026), an event's date and not the page's, and
// a reading a century back is worse than none; a page that dates itself
// so far back in two digits is rarer than such a strip.
//
// st is returned as it is without a crawl date, when the crawl's window
// gives the same year (and it is not too far back), when any block of
// the page prints st's year in four digits (the year came from that
// form: "Opens Jan 15, 2027" beside "Expo '27" is no 1927), or when no
// block of the page prints st's two digits after an apostrophe behind
// st's day or month ("Jan 15 '27", not "Expo '27": the year of
// something else).
func (as *assembler) shortYearAsCrawl(st clean.Stamp) clean.Stamp {
	if as.crawl.IsZero() || st.Year < 1900 || st.Year > 2099 {
		return st
	}
	yy := st.Year % 100
	y := as.crawl.Year() - (as.crawl.Year()%100-yy+100)%100
	if time.Date(y, max(st.Month, 1), max(st.Day, 1), 0, 0, 0, 0, time.UTC).After(as.crawl.Add(48 * time.Hour).Truncate(24 * time.Hour)) {
		y -= 100 // "Mar 4 '31" crawled on 10 January 2031: 1931, as future reads the crawl's next day
	}
	tooOld := as.crawl.Year()-y > maxShortYearBack
	if y == st.Year && !tooOld {
		return st
	}
	year, printed := strconv.Itoa(st.Year), false
	for i := range as.res.Blocks {
		t := as.res.Blocks[i].Text
		if strings.Contains(t, year) {
			return st
		}
		printed = printed || len(t) <= maxShortYearLine && printsShortYear(t, st.Day, st.Month, yy)
	}
	if printed && tooOld {
		return clean.Stamp{}
	}
	if printed {
		st.Year = y
	}
	return st
}

// maxShortYearBack is how many years before the crawl an apostrophe's
// year may lie ("'76" crawled in 2026 is 1976; "'75" is refused).
const maxShortYearBack = 50

// maxShortYearLine is the longest block shortYearAsCrawl reads: a date
// line's length, no paragraph's.
const maxShortYearLine = 200

// printsShortYear reports whether s holds an apostrophe (' or ’) after a
// space, glued to the two digits of yy, with no letter or digit glued
// after them, behind the day (day, when not 0; bare or an ordinal) or
// month's name, a comma or a full stop between them allowed: "Mar 4
// '25", "4 March ’25", "Mar. 4, '25", "March 4th '25", as clean's reader
// takes such a year; not the decade of "the '30s", "class of '30" nor an
// event's year ("Expo '30").
func printsShortYear(s string, day int, month time.Month, yy int) bool {
	d := [2]byte{byte('0' + yy/10), byte('0' + yy%10)}
	for from := 0; from < len(s); {
		k := strings.IndexAny(s[from:], "'’")
		if k < 0 {
			return false
		}
		at, i := from+k, from+k+1
		if s[at] != '\'' {
			i = at + len("’")
		}
		from = i
		if at == 0 || s[at-1] != ' ' || i+2 > len(s) || s[i] != d[0] || s[i+1] != d[1] || i+2 < len(s) && wordByte(s[i+2]) {
			continue
		}
		if dayOrMonthBefore(s[:at-1], day, month) {
			return true
		}
	}
	return false
}

// dayOrMonthBefore reports whether s ends with day's number (when day is
// not 0), bare or as an ordinal ("4th", "1st", "22nd", "3rd"), or with
// month's name in ASCII letters ("Mar", "March", "mars"), then maybe a
// comma or a full stop. It reads back no further than that word.
func dayOrMonthBefore(s string, day int, month time.Month) bool {
	s = strings.TrimRight(s, ",.")
	j := len(s)
	for j > 0 && wordByte(s[j-1]) {
		j--
	}
	w := s[j:]
	if w == "" || j > 0 && s[j-1] >= 0x80 {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		n, err := strconv.Atoi(withoutOrdinal(w))
		return err == nil && day != 0 && n == day
	}
	m, ok := cleanMonthName(w)
	return ok && month != 0 && m == month
}

// withoutOrdinal returns w without an ordinal's English ending ("4th":
// "4", "22nd": "22") when a digit stands before it; w as it is otherwise.
func withoutOrdinal(w string) string {
	if n := len(w); n >= 3 && w[n-3] >= '0' && w[n-3] <= '9' {
		switch strings.ToLower(w[n-2:]) {
		case "st", "nd", "rd", "th":
			return w[:n-2]
		}
	}
	return w
}

// wordByte reports whether c is an ASCII letter or digit.
func wordByte(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}
