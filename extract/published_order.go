package extract

import (
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// asPrinted returns the publish date st that the source from gives, read
// in the order the page prints its numeric dates. Only a date a person
// wrote on the page (FromTimestampLine: a date line, a labelled line, a
// list's or a strip's date) can leave that order open; metadata, <time>,
// the scraper header, the dateline and the URL state theirs, and are
// returned as they are. It is the one place the order is applied, once
// to each date where it enters the publish date's choice: every source's
// date in evidences, handPublished's pick and the relative date line. So
// the ranker's candidates, the hand pick they are matched against and the
// date published() keeps name the same day; pageOrder is not applied
// twice (a date it swapped may read as swappable again). A Korean,
// Japanese or Chinese page's date of two-digit numbers is read year first
// before that (yearFirstOrder).
func (as *assembler) asPrinted(st clean.Stamp, from string) clean.Stamp {
	if from != FromTimestampLine {
		return st
	}
	st = as.shortYearAsCrawl(st) // "Mar 4 '30" crawled in 2031
	if yf, ok := as.yearFirstOrder(st); ok {
		return yf
	}
	return as.pageOrder(st)
}

// pageOrder returns st read in the order the page writes its numeric
// dates. clean reads a numeric date day first ("09.10.2024" as 9
// October) unless it can only be month first ("11.24.2025"); a page that
// writes its other numeric dates month first only (a US site's list of
// posts), and none day first only, writes this one so too: st's month and
// day swap when the page prints it as day.month.year and both are 12 or
// less (and the day so read is not after the crawl). The story's dateline
// settles the order first (see datelineOrder); then, where no date on
// the page reads day first only, a language tag of the United States
// ("en-US", "es-US": the page's <html lang> or its metadata's) reads it
// month first as that country writes dates (see usOrder). Any other st is
// returned as it is. Before the page's other printed dates, the dates it
// states in one order only (its URL's, its metadata's) settle it (see
// statedOrder), and then the same day written with its month's name
// (see wordedOrder).
//
// A page with no hint keeps the day-first reading (checked in the
// forty-third session, issue #8): of WCXB's train pages whose text pick
// is a numeric date that reads both ways and whose gold has a day, 4
// articles and a forum are right as read (two day first with no hint,
// three month first settled by the page's other dates), and 1 is wrong (a
// "01-04-2024" read day first whose gold reads month first; its HTML
// settles it by og:locale en_US, its text gives nothing). All six are .com
// sites, so the top-level domain tells nothing: month first on .com would
// fix one and break two.
func (as *assembler) pageOrder(st clean.Stamp) clean.Stamp {
	if st.Day > 12 || st.Month > 12 || st.Day == 0 || int(st.Month) == st.Day {
		return st
	}
	if sw, ok := as.datelineOrder(st); ok {
		return sw
	}
	if sw, ok := as.weekdayOrder(st); ok {
		return sw
	}
	if sw, ok := as.statedOrder(st); ok {
		return sw
	}
	if sw, ok := as.wordedOrder(st); ok {
		return sw
	}
	var monthFirst, dayFirst, printed bool
	for _, b := range as.res.Blocks {
		eachNumericDate(b.Text, func(a, b, y int) {
			switch {
			case a > 12 && b <= 12:
				dayFirst = true
			case b > 12 && a <= 12:
				monthFirst = true
			case y == st.Year && a == st.Day && b == int(st.Month):
				printed = true
			}
		})
		if dayFirst {
			return st
		}
	}
	if !printed || !monthFirst && !as.usOrder() {
		return st
	}
	swapped := st
	swapped.Month, swapped.Day = time.Month(st.Day), int(st.Month)
	if as.future(swapped) {
		return st
	}
	return swapped
}

// usOrder reports whether the page's language tag names the United
// States as its region ("en-US", "en_us"), where numeric dates are written
// month first; a bare "en" says nothing (British, Indian and Australian
// sites write day first).
func (as *assembler) usOrder() bool {
	m := as.res.Meta
	if m == nil {
		return false
	}
	lang := m.Language
	i := strings.IndexAny(lang, "-_")
	return i > 0 && strings.EqualFold(lang[i+1:], "us")
}

// weekdayOrder settles st's order by the weekday the page prints before
// it ("Fri, 12/05/2025 - 14:30", Drupal's medium date, is 5 December, a
// Friday, not 12 May, a Monday): when the word before a printing of st's
// numbers names the weekday of one reading only, that reading is taken
// (the swapped one only when its day is not after the crawl). Only the
// date, metadata and byline blocks are read, as datelineOrder reads them.
// ok is false
// when no printing has a weekday before it, or it names neither reading's
// day or both disagree.
func (as *assembler) weekdayOrder(st clean.Stamp) (clean.Stamp, bool) {
	swapped := st
	swapped.Month, swapped.Day = time.Month(st.Day), int(st.Month)
	asRead := time.Date(st.Year, st.Month, st.Day, 12, 0, 0, 0, time.UTC).Weekday()
	asSwapped := time.Date(swapped.Year, swapped.Month, swapped.Day, 12, 0, 0, 0, time.UTC).Weekday()
	var read, swap bool
	for i := range as.res.Blocks {
		b := &as.res.Blocks[i]
		if b.Kind != clean.Date && b.Kind != clean.Metadata && b.Kind != clean.Byline {
			continue // a date line's block: a story's numbers say nothing of it
		}
		text := b.Text
		eachNumericDateAt(text, func(at, a, b, y int) {
			if y != st.Year || a != st.Day || b != int(st.Month) {
				return
			}
			d, ok := cleanWeekdayName(wordBefore(text[:at]))
			switch {
			case !ok:
			case d == asRead:
				read = true
			case d == asSwapped:
				swap = true
			}
		})
	}
	switch {
	case read && !swap:
		return st, true
	case swap && !read && !as.future(swapped):
		return swapped, true
	}
	return st, false
}

// wordBefore returns the word that ends s, past the spaces, commas and
// a dash or bar that part it from what follows ("Fri, " gives "Fri").
func wordBefore(s string) string {
	s = strings.TrimRight(s, " ,|-\u00a0")
	return s[strings.LastIndexAny(s, " ,|(\u00a0")+1:]
}

// eachNumericDate calls f with the three numbers of every numeric date
// in s written a.b.yyyy, a/b/yyyy or a-b-yyyy (one or two digits, the
// same separator twice, a four-digit year, no digit around), or a/b/yy
// with slashes (the year of two digits in the nearer century: 00-69 this
// one, 70-99 the last, as clean reads "3/12/24 4:40PM").
func eachNumericDate(s string, f func(a, b, y int)) {
	eachNumericDateAt(s, func(_, a, b, y int) { f(a, b, y) })
}

// eachNumericDateAt is eachNumericDate with the index in s where each
// date opens.
func eachNumericDateAt(s string, f func(at, a, b, y int)) {
	for i := 0; i < len(s); i++ {
		if !digitAt(s, i) || i > 0 && digitAt(s, i-1) {
			continue
		}
		a, j := numberAt(s, i, 2)
		if j < 0 || j >= len(s) || (s[j] != '.' && s[j] != '/' && s[j] != '-') {
			continue
		}
		sep := s[j]
		b, k := numberAt(s, j+1, 2)
		if k < 0 || k >= len(s) || s[k] != sep {
			continue
		}
		y, e := numberAt(s, k+1, 4)
		switch {
		case e < 0 || e < len(s) && digitAt(s, e):
			continue
		case e-(k+1) == 2 && sep == '/':
			y += 2000
			if y >= 2070 {
				y -= 100
			}
		case e-(k+1) != 4:
			continue
		}
		f(i, a, b, y)
		i = e - 1
	}
}

// numberAt reads up to most digits at i, and returns their value and the
// index after them; -1 when no digit stands at i or more than most do.
func numberAt(s string, i, most int) (int, int) {
	n, j := 0, i
	for j < len(s) && digitAt(s, j) {
		if j-i == most {
			return 0, -1
		}
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j == i {
		return 0, -1
	}
	return n, j
}

// digitAt reports whether s[i] is an ASCII digit.
func digitAt(s string, i int) bool { return s[i] >= '0' && s[i] <= '9' }

// datelineOrder returns st with its month and day swapped when the story's
// agency dateline names that other reading ("04/03/2025 10:15 AM", read
// month first for its AM, over "KUALA LUMPUR, March 4 (Bernama)"), the
// page prints st's numbers as a numeric date, and the day so read is not
// after the crawl. ok is false when the dateline does not settle it.
func (as *assembler) datelineOrder(st clean.Stamp) (clean.Stamp, bool) {
	d := as.dateline
	if d == nil || int(d.Month) != st.Day || d.Day != int(st.Month) || d.Year != 0 && d.Year != st.Year {
		return st, false
	}
	printed := false
	for _, b := range as.res.Blocks {
		if b.Kind != clean.Date && b.Kind != clean.Metadata && b.Kind != clean.Byline {
			continue
		}
		eachNumericDate(b.Text, func(a, b, y int) {
			printed = printed || y == st.Year && (a == st.Day && b == int(st.Month) || a == int(st.Month) && b == st.Day)
		})
	}
	swapped := st
	swapped.Month, swapped.Day = time.Month(st.Day), int(st.Month)
	if !printed || as.future(swapped) {
		return st, false
	}
	return swapped, true
}
