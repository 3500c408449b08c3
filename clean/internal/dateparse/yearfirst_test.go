package dateparse

import "testing"

// TestDateLineYearFirstAndWordMonth checks the date lines of the census's
// languages DateLine did not read: Lithuanian ("2024 m. kovo 14 d."),
// Latvian ("2024. gada 14. marts"), Vietnamese's numeric month after
// "tháng", Hebrew's month glued to its preposition ("14 במרץ 2024"); and
// lines of those shapes that hold no date.
func TestDateLineYearFirstAndWordMonth(t *testing.T) {
	day, at := stampDay, stampAt
	for _, c := range []struct {
		line string
		want Stamp
		ok   bool
	}{
		{"2024 m. kovo 14 d.", day(2024, 3, 14), true},
		{"2024 m. gruodžio 1 d. 10:15", at(2024, 12, 1, 10, 15), true},
		{"2024 m. spalio 3", day(2024, 10, 3), true},
		{"2024. gada 14. marts", day(2024, 3, 14), true},
		{"2024. gada 4. novembris 09:30", at(2024, 11, 4, 9, 30), true},
		{"14 tháng 3, 2024", day(2024, 3, 14), true},
		{"Ngày 14 tháng 3 năm 2024", day(2024, 3, 14), true},
		{"Thứ năm, 14 tháng 3, 2024 09:12", at(2024, 3, 14, 9, 12), true},
		{"14 במרץ 2024", day(2024, 3, 14), true},
		{"1 בינואר 2025", day(2025, 1, 1), true},
		{"14 מאי 2024", day(2024, 5, 14), true},
		{"2024 m. kovo 32 d.", Stamp{}, false},
		{"2024. gada 14. kovas", day(2024, 3, 14), true}, // a month's name is read in any language
		{"2024. gada budžets", Stamp{}, false},
		{"14 tháng 13, 2024", Stamp{}, false},
		{"2024 m. rinkimai", Stamp{}, false},
	} {
		got, _, ok := DateLine(c.line)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("DateLine(%q) = %+v, %v; want %+v, %v", c.line, got, ok, c.want, c.ok)
		}
	}
}

// TestMonthDayLine checks the lines that give a month and a day alone, and
// that full dates, times and prose are none.
func TestMonthDayLine(t *testing.T) {
	for _, c := range []struct {
		line       string
		month, day int
	}{
		{"Mar 14", 3, 14}, {"14 mars", 3, 14}, {"14. März", 3, 14}, {"March 14th", 3, 14}, {"Nov. 1", 11, 1},
		{"Mar 14, 2024", 0, 0}, {"Mar 14 10:15", 0, 0}, {"14", 0, 0}, {"Chapter 14", 0, 0}, {"Feb 30", 0, 0},
		{"The pier opens Mar 14", 0, 0},
	} {
		st, ok := MonthDayLine(c.line)
		if ok != (c.month != 0) || ok && (int(st.Month) != c.month || st.Day != c.day) {
			t.Errorf("MonthDayLine(%q) = %+v, %v; want month %d day %d", c.line, st, ok, c.month, c.day)
		}
	}
}
