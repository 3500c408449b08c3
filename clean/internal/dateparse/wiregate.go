package dateparse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The certain tests below stand before two wire forms whose cheap tests
// let through most heads with a digit and a dash ("MacBook Air, 13-inch,
// M5 Chip, 10-core CPU", "Instant Pot 10 oz 4-in-1 ..."): a process that
// read one page compiled reWireDash or reWirePlain (about 0.55 ms each)
// on 204 of 1,683 pages (WCXB-dev text, AEB text, the seeds), and no head
// of them came out a dateline. Each turns down only heads whose match,
// if any, buildWire would refuse (TestWireGatesKeepDatelines).

// mayDateFirstDigit reports whether head's first ASCII digit may open a
// date buildWire accepts after a place: a month wireMonthFor knows right
// before it ("Oct 5", "Sept. 2"), or after its day ("5 mar", "5th March",
// "5. března", "5 de marzo", "5-nji dekabr") or year ("2025. március 5."),
// or a date all in numbers ("05/03/2025"). reWireDated's date is the
// first digit of the head: a place, a region, a weekday and a month hold
// none; and every date but the numeric one needs its month known
// (wireDate).
func mayDateFirstDigit(head string) bool {
	i := firstASCIIDigit(head)
	if i < 0 {
		return false
	}
	// a month before the day ("\p{L}{3,}\.? " then the day), after the
	// place: "November 19, 2019 at 5:10 pm" opens with its month
	if i >= 4 && head[i-1] == ' ' {
		before := head[:i-1]
		w := letterRunBefore(before)
		if strings.HasSuffix(before, ".") {
			w = letterRunBefore(before[:len(before)-1]) + "."
		}
		if len(w) < len(before) && knownWireMonth(w) {
			return true
		}
	}
	n := i
	for n < len(head) && n-i < 4 && isASCIIDigit(head[n]) {
		n++
	}
	rest := head[n:]
	switch n - i {
	case 2:
		if isNumericDate(head[i:]) {
			return true
		}
	case 4: // "2025. március 5."
		return strings.HasPrefix(rest, ". ") && knownWireMonth(letterRunAfter(rest[2:]))
	}
	if n-i > 2 {
		return false
	}
	// a day, maybe an ordinal's ending, a blank or a hyphen, maybe "de ",
	// and the month: every way reWireDate's dayB group may read it
	for _, end := range [...]string{"", "st", "nd", "rd", "th", ".", "-nji", "-njy"} {
		r, ok := strings.CutPrefix(rest, end)
		if !ok || r == "" || r[0] != ' ' && r[0] != '-' {
			continue
		}
		r = r[1:]
		if knownWireMonth(letterRunAfter(r)) {
			return true
		}
		if r, ok = strings.CutPrefix(r, "de "); ok && knownWireMonth(letterRunAfter(r)) {
			return true
		}
	}
	return false
}

// isNumericDate reports whether s opens with reWireDate's date in numbers:
// two digits, a slash or a full stop, two digits, one again, four digits.
func isNumericDate(s string) bool {
	if len(s) < 10 {
		return false
	}
	for i := range 10 {
		c := s[i]
		switch i {
		case 2, 5:
			if c != '/' && c != '.' {
				return false
			}
		default:
			if !isASCIIDigit(c) {
				return false
			}
		}
	}
	return true
}

// knownWireMonth reports whether w, a month group's text (letters and
// maybe a full stop), is a month wireMonthFor reads, with or without the
// stop (the group's \.? may leave it out); \p{L}{3,} wants three letters.
func knownWireMonth(w string) bool {
	bare := strings.TrimSuffix(w, ".")
	if utf8.RuneCountInString(bare) < 3 {
		return false
	}
	if _, ok := wireMonthFor(w, ""); ok {
		return true
	}
	_, ok := wireMonthFor(bare, "")
	return ok
}

// letterRunAfter returns the run of letters (\p{L}) s opens with, and a
// full stop after it.
func letterRunAfter(s string) string {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsLetter(r) {
			break
		}
		n += size
	}
	if n > 0 && n < len(s) && s[n] == '.' {
		n++
	}
	return s[:n]
}

// letterRunBefore returns the run of letters (\p{L}) s ends with.
func letterRunBefore(s string) string {
	n := len(s)
	for n > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:n])
		if !unicode.IsLetter(r) {
			break
		}
		n -= size
	}
	return s[n:]
}

// firstASCIIDigit returns the index of s's first ASCII digit, or -1.
func firstASCIIDigit(s string) int {
	for i := range len(s) {
		if isASCIIDigit(s[i]) {
			return i
		}
	}
	return -1
}

// isASCIIDigit reports whether c is an ASCII digit.
func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// mayCreditBeforeSep reports whether head holds a known wire (lookupWire)
// where reWirePlain's agency group may stand: one or two words after a
// blank, ending where the form's separator follows (maybe after full
// stops and a blank: `\.?\.?(?: ?(?:-|–|—|:|։)| _)`). buildWire turns
// down every other match of the form, whose credit must be a known wire.
func mayCreditBeforeSep(head string) bool {
	for k := 1; k < len(head); k++ {
		c := head[k]
		switch {
		case c == '-' || c == ':':
		case c == 0xE2 && (strings.HasPrefix(head[k:], "–") || strings.HasPrefix(head[k:], "—")):
		case c == 0xD6 && strings.HasPrefix(head[k:], "։"):
		case c == '_' && head[k-1] == ' ':
		default:
			continue
		}
		// the agency's end: before a blank (" -") and up to two full stops
		e := k
		if head[e-1] == ' ' {
			e--
		}
		for stops := 0; ; stops++ {
			if creditEndsAt(head, e) {
				return true
			}
			if stops == 2 || e == 0 || head[e-1] != '.' {
				break
			}
			e--
		}
	}
	return false
}

// creditEndsAt reports whether the one or two words before head[e], after
// a blank, are a known wire.
func creditEndsAt(head string, e int) bool {
	s := strings.LastIndexByte(head[:e], ' ')
	if s < 0 {
		return false
	}
	if _, ok := lookupWire(head[s+1 : e]); ok {
		return true
	}
	s2 := strings.LastIndexByte(head[:s], ' ')
	if s2 < 0 || e-s2-1 > MaxWireLen {
		return false
	}
	_, ok := lookupWire(head[s2+1 : e])
	return ok
}
