package dateparse

import (
	"testing"
	"time"
)

// Months in Roman numerals between the day and the year ("5.XII.2025",
// "5 XII 2025"), and the month names of Welsh, Irish, Tamil and Marathi;
// each with lines that must stay no date.
func TestDateLineRomanAndMoreMonths(t *testing.T) {
	dec5 := Stamp{Year: 2025, Month: time.December, Day: 5}
	for _, c := range []struct {
		line string
		want Stamp // the zero Stamp: no date
	}{
		{"5.XII.2025", dec5},
		{"5 XII 2025", dec5},
		{"05.XII.2025.", dec5},
		{"14 III 2024", Stamp{Year: 2024, Month: time.March, Day: 14}},
		{"5 Rhagfyr 2025", dec5},
		{"5 Nollaig 2025", dec5},
		{"5 டிசம்பர் 2025", dec5},
		{"5 डिसेंबर 2025", dec5},
		{"leave alone: 5 XIII 2025", Stamp{}},
		{"leave alone: 5.XII 2025", Stamp{}},
		{"leave alone: 5 xii 2025", Stamp{}},
		{"leave alone: 31.II.2025", Stamp{}},
		{"leave alone: Nollaig Shona 2025", Stamp{}},
	} {
		line, _ := cutLeaveAlone(c.line)
		st, _, ok := DateLine(line)
		if ok != (c.want != Stamp{}) || ok && (st.Year != c.want.Year || st.Month != c.want.Month || st.Day != c.want.Day) {
			t.Errorf("DateLine(%q) = %+v, %v; want %+v", line, st, ok, c.want)
		}
	}
}

// Every month's Roman numeral reads, in the spaced and the dotted form
// (romanMonth turns down a word by its first byte and length first).
func TestDateLineEachRomanMonth(t *testing.T) {
	for n, r := range romanMonths {
		for _, line := range []string{"5 " + r + " 2025", "5." + r + ".2025"} {
			st, _, ok := DateLine(line)
			if !ok || st.Year != 2025 || st.Month != time.Month(n+1) || st.Day != 5 {
				t.Errorf("DateLine(%q) = %+v, %v; want 2025-%02d-05", line, st, ok, n+1)
			}
		}
	}
}

// cutLeaveAlone drops a case's "leave alone: " mark.
func cutLeaveAlone(s string) (string, bool) {
	const mark = "leave alone: "
	if len(s) > len(mark) && s[:len(mark)] == mark {
		return s[len(mark):], true
	}
	return s, false
}

// A URL's month by its English name with the day after it
// (/2025/dec/05/), and the time after an eight-digit day
// (/20251205143000-slug); a month's name without a day, or a time that is
// none, gives no date.
func TestFromURLMonthNameAndTime(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://coast.example/news/2025/dec/05/harbour-board-pier", "2025-12-05"},
		{"https://coast.example/world/2024/sep/3/story", "2024-09-03"},
		{"https://coast.example/article/20251205143000-harbour-board-pier", "2025-12-05"},
		{"https://coast.example/2025/may/harbour-board-pier", ""},
		{"https://coast.example/2025/mayor/05/harbour", ""},
		{"https://coast.example/article/20251205993000-harbour", ""},
		{"https://coast.example/article/2025120514300012-harbour", ""},
	} {
		got := ""
		if st, ok := FromURL(c.url); ok && st.Day != 0 {
			got = time.Date(st.Year, st.Month, st.Day, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		}
		if got != c.want {
			t.Errorf("FromURL(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

// TestMoreMonthsSize holds moreMonthsSize near the names moreMonths
// holds: a map made too small grows, and rehashes every name, on its
// first use in every process.
func TestMoreMonthsSize(t *testing.T) {
	if n := len(moreMonths()); n > moreMonthsSize || n < moreMonthsSize*9/10 {
		t.Errorf("moreMonths holds %d names: set moreMonthsSize to it", n)
	}
}
