package extract

import (
	"testing"
	"time"

	"github.com/newsclean/newsclean/clean"
)

// printsFullYearDate finds st's day with its four-digit year written in
// words, in Korean, Japanese and Chinese marks or with the month's name
// either side of the day, and not another day, another month, or a year
// with no day beside it.
func TestPrintsFullYearDateWorded(t *testing.T) {
	st := clean.Stamp{Year: 2025, Month: time.March, Day: 6}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"2025년 3월 6일 10:05", true},
		{"입력 2025년 03월 06일", true},
		{"2025年3月6日", true},
		{"2025 年 3 月 6 日", true},
		{"Mar 6, 2025 10:05", true},
		{"March 6th, 2025", true},
		{"Published 6 March 2025", true},
		{"6. März 2025", true},
		{"6 de marzo de 2025", true},
		{"2025. március 6.", true},
		{"2025년 3월 7일", false},
		{"2025年4月6日", false},
		{"2025年", false},
		{"Mar 7, 2025", false},
		{"6 April 2025", false},
		{"Expo 6, 2025", false},
		{"Season 2025: March", false},
		{"March: the 2025 budget, 6 items", false},
		{"06.03.25", false},
	} {
		if got := printsFullYearDate(c.s, st); got != c.want {
			t.Errorf("printsFullYearDate(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
