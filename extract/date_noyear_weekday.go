package extract

import (
	"strings"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// weekdayMonthDay reads the yearless date line Japanese news portals print
// under a headline: a month and a day, a weekday in brackets, a time and a
// word of delivery ("11/22(土) 7:05配信", "11月22日（土） 7:05 公開"). The
// month and day come out
// with the time; the caller settles the year as for any yearless line
// ([assembler.yearlessDate]). ok is false for any other line, and for an
// update's line ("更新"): that is no publication.
func weekdayMonthDay(line string) (clean.Stamp, bool) {
	line = strings.TrimSpace(line)
	if len(line) < 7 || len(line) > maxWeekdayLine || line[0] < '0' || line[0] > '9' {
		return clean.Stamp{}, false
	}
	s := line
	month, s, ok := leadingNumber(s, 2)
	if !ok {
		return clean.Stamp{}, false
	}
	switch {
	case strings.HasPrefix(s, "/"):
		s = s[1:]
	case strings.HasPrefix(s, "月"):
		s = s[len("月"):]
	default:
		return clean.Stamp{}, false
	}
	day, s, ok := leadingNumber(s, 2)
	if !ok {
		return clean.Stamp{}, false
	}
	s = strings.TrimPrefix(s, "日")
	s = strings.TrimLeft(s, " ")
	if s, ok = cutBracketWeekday(s); !ok {
		return clean.Stamp{}, false
	}
	st := clean.Stamp{Month: time.Month(month), Day: day}
	s = strings.TrimLeft(s, " ")
	if hour, rest, ok := leadingNumber(s, 2); ok && strings.HasPrefix(rest, ":") {
		if minute, rest, ok := leadingNumber(rest[1:], 2); ok && hour < 24 && minute < 60 {
			st.Hour, st.Minute, st.HasTime = hour, minute, true
			s = rest
		}
	}
	switch strings.TrimSpace(s) {
	case "", "配信", "公開", "投稿", "掲載":
	default:
		return clean.Stamp{}, false
	}
	if month < 1 || month > 12 || !validDate(2000, st.Month, st.Day) { // a leap year: February 29 stays a day
		return clean.Stamp{}, false
	}
	return st, true
}

// maxWeekdayLine is the longest line weekdayMonthDay reads.
const maxWeekdayLine = 48

// leadingNumber reads 1 to max ASCII digits at the start of s: their value
// and the rest of s.
func leadingNumber(s string, max int) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && i < max && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i < len(s) && s[i] >= '0' && s[i] <= '9' {
		return 0, s, false // more digits than max
	}
	return n, s[i:], i > 0
}

// cutBracketWeekday cuts a Japanese weekday in brackets, ASCII or
// full-width ("(土)", "（土）"), from the start of s.
func cutBracketWeekday(s string) (string, bool) {
	var closing string
	switch {
	case strings.HasPrefix(s, "("):
		s, closing = s[1:], ")"
	case strings.HasPrefix(s, "（"):
		s, closing = s[len("（"):], "）"
	default:
		return s, false
	}
	for _, w := range [...]string{"月", "火", "水", "木", "金", "土", "日"} {
		if strings.HasPrefix(s, w) && strings.HasPrefix(s[len(w):], closing) {
			return s[len(w)+len(closing):], true
		}
	}
	return s, false
}
