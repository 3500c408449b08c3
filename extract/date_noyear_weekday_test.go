package extract

import (
	"strings"
	"testing"
	"time"
)

// TestWeekdayMonthDay checks the Japanese yearless line with a weekday in
// brackets: its month, day and time, the full-width brackets and the
// kanji month, the words of delivery after it; and that an update's
// line, a line with a year, a weekday that is none, other text after the
// time, an impossible day and lines of other shapes are refused.
func TestWeekdayMonthDay(t *testing.T) {
	for _, c := range []struct {
		line         string
		month, day   int
		hour, minute int
		hasTime      bool
	}{
		{"11/22(土) 7:05", 11, 22, 7, 5, true},
		{"11/3(月) 9:10配信", 11, 3, 9, 10, true},
		{" 2/29（木） 23:59 公開 ", 2, 29, 23, 59, true},
		{"11月22日(土) 7:05", 11, 22, 7, 5, true},
		{"4月1日（火）", 4, 1, 0, 0, false},
		{"12/31(水)掲載", 12, 31, 0, 0, false},
	} {
		st, ok := weekdayMonthDay(c.line)
		if !ok || st.Year != 0 || st.Month != time.Month(c.month) || st.Day != c.day || st.HasTime != c.hasTime || st.Hour != c.hour || st.Minute != c.minute {
			t.Errorf("weekdayMonthDay(%q) = %+v, %v", c.line, st, ok)
		}
	}
	for _, line := range []string{
		"", "1", "11/22(土) 7:05更新", "2025/11/22(土) 7:05", "11/22(火曜) 7:05", "11/22(x) 7:05",
		"11/22(土) 7:05 町の話題", "13/22(土)", "2/30(日)", "11/222(土)", "11-22(土)", "11/22 7:05",
		"11/22(土", "11/22（土)", "11/22(土) 25:05配信", strings.Repeat("1", 1<<20), "\xff/\xfe(土)",
	} {
		if st, ok := weekdayMonthDay(line); ok {
			t.Errorf("weekdayMonthDay(%.40q) = %+v, want no date", line, st)
		}
	}
}
