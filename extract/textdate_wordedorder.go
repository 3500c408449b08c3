package extract

import (
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// wordedOrder settles the order of a printed numeric date st that reads
// both ways ("02-12-2025") by the dates the page writes with an English
// month's name, which read one way only: when one of them names the
// swapped reading's day ("February 12, 2025" in a list of posts that holds
// this one) and none names st's, the swapped reading is taken (unless its
// day is after the crawl, or the page prints st in no numeric date); when
// one names st's ("December 2, 2025") and none the other, st stands. ok is
// false when none names either, or they disagree.
//
// The order a page writes its dates in words in says nothing of its
// numeric dates' order: WordPress's default date format prints "December
// 2, 2025" on sites of every region (WCXB's train page 0429 prints
// "02-12-2025" for 2 December beside it), so only the same day counts.
func (as *assembler) wordedOrder(st clean.Stamp) (clean.Stamp, bool) {
	swapped := st
	swapped.Month, swapped.Day = time.Month(st.Day), int(st.Month)
	var read, swap bool
	for _, b := range as.res.Blocks {
		eachWordedDate(b.Text, func(m time.Month, d, y int) {
			if y != st.Year {
				return
			}
			read = read || m == st.Month && d == st.Day
			swap = swap || m == swapped.Month && d == swapped.Day
		})
	}
	switch {
	case read && !swap:
		return st, true
	case swap && !read && !as.future(swapped) && as.printsNumeric(st):
		return swapped, true
	}
	return st, false
}

// eachWordedDate calls f with the month, day and year of every date in s
// written with an English month's name, its day and a four-digit year,
// month first ("March 7, 2025", "Mar. 7th 2025") or day first ("7 March
// 2025", "7th Mar., 2025"). It reads s once, word by word.
func eachWordedDate(s string, f func(m time.Month, d, y int)) {
	for i := 0; i < len(s); {
		if !asciiLetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && asciiLetter(s[j]) {
			j++
		}
		if m, ok := englishMonth(s[i:j]); ok {
			after := j
			if after < len(s) && s[after] == '.' {
				after++
			}
			if d, k := dayNumberAt(s, skipSpaces(s, after)); k > 0 {
				if y, ok := yearAfter(s, k); ok {
					f(m, d, y)
				}
			}
			if d, ok := dayBefore(s, i); ok {
				if y, ok := yearAfter(s, after); ok {
					f(m, d, y)
				}
			}
		}
		i = j
	}
}

// englishMonths are the English months' names and their abbreviations,
// lower case, each at its month's place in a cycle of twelve.
var englishMonths = [...]string{
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"", "", "", "", "", "", "", "", "sept", "", "", "",
}

// englishMonth returns the month w names when, capitalised, it is an
// English month's name or abbreviation ("March", "Mar", "MARCH"); "may"
// in lower case is a verb.
func englishMonth(w string) (time.Month, bool) {
	if len(w) < 3 || len(w) > 9 || w[0] < 'A' || w[0] > 'Z' {
		return 0, false
	}
	for i, m := range englishMonths {
		if m != "" && strings.EqualFold(w, m) {
			return time.Month(i%12 + 1), true
		}
	}
	return 0, false
}

// dayNumberAt returns the day of the month at i (one or two digits, no
// digit after, maybe an ordinal's "st", "nd", "rd" or "th") and the index
// past it; k is -1 where none stands.
func dayNumberAt(s string, i int) (d, k int) {
	n, j := numberAt(s, i, 2)
	if j < 0 || n < 1 || n > 31 {
		return 0, -1
	}
	if j+1 < len(s) {
		switch strings.ToLower(s[j : j+2]) {
		case "st", "nd", "rd", "th":
			j += 2
		}
	}
	if j < len(s) && (asciiLetter(s[j]) || digitAt(s, j)) {
		return 0, -1
	}
	return n, j
}

// dayBefore returns the day of the month that stands right before the
// word at i, maybe with its ordinal's letters, parted from it by spaces
// ("7 March", "7th March").
func dayBefore(s string, i int) (int, bool) {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i || j == 0 {
		return 0, false
	}
	k := j
	for k > 0 && j-k < 2 && asciiLetter(s[k-1]) {
		k--
	}
	if k < j && k == j-1 {
		return 0, false // one letter: no ordinal's
	}
	d := k
	for d > 0 && k-d < 3 && digitAt(s, d-1) {
		d--
	}
	if d == k || k-d > 2 || d > 0 && (digitAt(s, d-1) || asciiLetter(s[d-1])) {
		return 0, false
	}
	n, e := dayNumberAt(s, d)
	return n, e == j
}

// yearAfter returns the four-digit year that follows i, past a comma and
// spaces ("7, 2025", "March 2025"), with no digit after it.
func yearAfter(s string, i int) (int, bool) {
	if i < len(s) && s[i] == ',' {
		i++
	}
	j := skipSpaces(s, i)
	if j == i {
		return 0, false
	}
	y, e := numberAt(s, j, 4)
	return y, e == j+4 && (e == len(s) || !digitAt(s, e))
}

// skipSpaces returns the index past the spaces at i.
func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
