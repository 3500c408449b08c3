package clean

import (
	"strings"
	"unicode/utf8"
)

// Japanese and Chinese pages may print a date's digits, its slashes and
// its time's colon in their full-width forms ("２０２５年１２月４日
// １０：００", "２０２５／１２／０４"); Korean and Japanese pages put the
// weekday in brackets right after a numeric date ("2025.12.04(목) 10:00",
// "2025/12/04（木）"). The readers of date lines read neither.

// wideAt returns the offset of the first full-width solidus, digit or
// colon (U+FF0F..U+FF1A, UTF-8 EF BC 8F..9A) in s at or after from, or -1.
func wideAt(s string, from int) int {
	for from < len(s) {
		i := strings.Index(s[from:], "\xef\xbc")
		if i < 0 || from+i+2 >= len(s) {
			return -1
		}
		at := from + i
		if c := s[at+2]; c >= 0x8F && c <= 0x9A {
			return at
		}
		from = at + 2
	}
	return -1
}

// foldWide returns line with the full-width solidus, digits and colon
// written in ASCII ("/", "0".."9", ":"), and whether it changed any; line
// itself, and false, when it holds none.
func foldWide(line string) (string, bool) {
	at := wideAt(line, 0)
	if at < 0 {
		return line, false
	}
	var b strings.Builder
	b.Grow(len(line))
	from := 0
	for ; at >= 0; at = wideAt(line, from) {
		b.WriteString(line[from:at])
		b.WriteByte('/' + (line[at+2] - 0x8F))
		from = at + 3
	}
	b.WriteString(line[from:])
	return b.String(), true
}

// unfoldWide maps a byte offset into foldWide(line) back to the offset of
// the same place in line.
func unfoldWide(line string, pos int) int {
	n := 0
	for i := 0; i < len(line); {
		if n >= pos {
			return i
		}
		if c := line[i]; c == 0xEF && i+2 < len(line) && line[i+1] == 0xBC && line[i+2] >= 0x8F && line[i+2] <= 0x9A {
			i += 3
		} else {
			_, size := utf8.DecodeRuneInString(line[i:])
			i += size
			n += size - 1
		}
		n++
	}
	return len(line)
}

// weekdayMarks are the characters a bracketed weekday is written with:
// Japanese's and Chinese's (木, 木曜日, 星期四, 周四, 週四) and Korean's (목,
// 목요일).
const weekdayMarks = "月火水木金土日曜一二三四五六天星期周週월화수목금토일요"

// blankWeekdays returns line with each bracketed weekday of at most four
// characters ("(목)", "（木）", "(星期四)") written as as many spaces as
// it took bytes, so that a numeric date before it reads as one with
// nothing after it and what is found stands where it stood in line; and
// whether it blanked any. Line itself where it holds no closing bracket.
func blankWeekdays(line string) (string, bool) {
	if !strings.Contains(line, ")") && !strings.Contains(line, "）") {
		return line, false
	}
	var b []byte
	for i := 0; i < len(line); {
		open := 0
		switch {
		case line[i] == '(':
			open = 1
		case strings.HasPrefix(line[i:], "（"):
			open = len("（")
		}
		if open == 0 {
			i++
			continue
		}
		j, n := i+open, 0
		for j < len(line) && n <= 4 {
			r, size := utf8.DecodeRuneInString(line[j:])
			if !strings.ContainsRune(weekdayMarks, r) {
				break
			}
			j += size
			n++
		}
		end := 0
		switch {
		case n < 1 || n > 4:
		case strings.HasPrefix(line[j:], ")"):
			end = j + 1
		case strings.HasPrefix(line[j:], "）"):
			end = j + len("）")
		}
		if end == 0 {
			i += open
			continue
		}
		if b == nil {
			b = []byte(line)
		}
		for k := i; k < end; k++ {
			b[k] = ' '
		}
		i = end
	}
	if b == nil {
		return line, false
	}
	return string(b), true
}
