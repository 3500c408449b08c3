package datestamp

import (
	"testing"
	"time"
)

func TestISO(t *testing.T) {
	for _, tt := range []struct {
		st   Stamp
		want string
	}{
		{Stamp{Year: 2024, Month: time.January, Day: 18}, "2024-01-18"},
		{Stamp{Year: 2023, Month: time.September}, "2023-09"},
		{Stamp{Year: 2023}, "2023"},
		{Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 23, Minute: 12, HasTime: true, Offset: 4 * 3600, HasZone: true}, "2023-05-25T23:12:00+04:00"},
		{Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 23, Minute: 12, HasTime: true}, "2023-05-25T23:12:00"},
		{Stamp{Year: 2020, Month: time.March, Day: 17, Hour: 18, Minute: 13, HasTime: true, HasZone: true}, "2020-03-17T18:13:00+00:00"},
		{Stamp{Year: 2020, Month: time.March, Day: 17, Hour: 1, Minute: 2, HasTime: true, Offset: -(3*3600 + 1800), HasZone: true}, "2020-03-17T01:02:00-03:30"},
		{Stamp{Year: 2023, Month: time.May, HasTime: true, Hour: 10}, "2023-05"},
		{Stamp{Month: time.May, Day: 25}, ""},
		{Stamp{}, ""},
		{Stamp{Year: 2023, Month: time.February, Day: 29}, ""},
	} {
		if got := tt.st.ISO(); got != tt.want {
			t.Errorf("%+v.ISO() = %q, want %q", tt.st, got, tt.want)
		}
	}
}

func TestValid(t *testing.T) {
	for _, tt := range []struct {
		st   Stamp
		want bool
	}{
		{Stamp{Year: 2024, Month: time.February, Day: 29}, true},
		{Stamp{Year: 2023, Month: time.February, Day: 29}, false},
		{Stamp{Year: 1900, Month: time.February, Day: 29}, false},
		{Stamp{Year: 2000, Month: time.February, Day: 29}, true},
		{Stamp{Month: time.February, Day: 29}, true},
		{Stamp{Month: time.February, Day: 30}, false},
		{Stamp{Year: 2023, Month: time.April, Day: 31}, false},
		{Stamp{Year: 2023, Day: 3}, false},
		{Stamp{Year: 2023, Month: 13}, false},
		{Stamp{Year: 2023, Month: time.May, Day: 1, HasTime: true, Hour: 24}, false},
		{Stamp{Year: 2023, Month: time.May, Day: 1, HasZone: true, Offset: 15 * 3600}, false},
		{Stamp{}, false},
		{Stamp{Year: 2023}, true},
	} {
		if got := tt.st.Valid(); got != tt.want {
			t.Errorf("%+v.Valid() = %v, want %v", tt.st, got, tt.want)
		}
	}
}

func TestStampTime(t *testing.T) {
	st := Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 23, Minute: 12, HasTime: true, Offset: 4 * 3600, HasZone: true}
	tm, ok := st.Time()
	if !ok || !tm.Equal(time.Date(2023, time.May, 25, 19, 12, 0, 0, time.UTC)) {
		t.Errorf("Time() = %v, %v", tm, ok)
	}
	if _, ok := (Stamp{Year: 2023, Month: time.May}).Time(); ok {
		t.Error("month precision has no Time")
	}
}

// TestStampSeconds checks that a stamp writes, validates and converts the
// seconds it holds, and writes ":00" when it holds none.
func TestStampSeconds(t *testing.T) {
	st := Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 23, Minute: 12, Second: 7, HasTime: true, Offset: 4 * 3600, HasZone: true}
	if got := st.ISO(); got != "2023-05-25T23:12:07+04:00" {
		t.Errorf("ISO = %q", got)
	}
	if tm, ok := st.Time(); !ok || tm.Second() != 7 {
		t.Errorf("Time = %v, %v; want second 7", tm, ok)
	}
	st.Second = 0
	if got := st.ISO(); got != "2023-05-25T23:12:00+04:00" {
		t.Errorf("ISO without seconds = %q", got)
	}
	for _, s := range []int{-1, 60} {
		st.Second = s
		if st.Valid() {
			t.Errorf("second %d is valid", s)
		}
	}
}

// TestSameDay: a stamp without a day matches any day of its month, and
// only those; the year and month must agree.
func TestSameDay(t *testing.T) {
	st := Stamp{Year: 2023, Month: time.May, Day: 25, Hour: 23, Minute: 12, HasTime: true}
	for _, c := range []struct {
		other Stamp
		want  bool
	}{
		{Stamp{Year: 2023, Month: time.May}, true},
		{Stamp{Year: 2023, Month: time.May, Day: 25}, true},
		{Stamp{Year: 2023, Month: time.May, Day: 24}, false},
		{Stamp{Year: 2023, Month: time.June}, false},
		{Stamp{Year: 2022, Month: time.May, Day: 25}, false},
	} {
		if got := st.SameDay(c.other); got != c.want {
			t.Errorf("SameDay(%+v) = %v, want %v", c.other, got, c.want)
		}
		if got := c.other.SameDay(st); got != c.want {
			t.Errorf("%+v.SameDay = %v, want %v (symmetric)", c.other, got, c.want)
		}
	}
}

// TestDayBefore: days compared by year, then month, then day; the time of
// day and the zone play no part.
func TestDayBefore(t *testing.T) {
	d := func(y int, m time.Month, day int) Stamp { return Stamp{Year: y, Month: m, Day: day} }
	for _, c := range []struct {
		a, b Stamp
		want bool
	}{
		{d(2025, time.April, 24), d(2025, time.May, 21), true},
		{d(2025, time.May, 21), d(2025, time.April, 24), false},
		{d(2024, time.December, 31), d(2025, time.January, 1), true},
		{d(2025, time.March, 3), d(2025, time.March, 4), true},
		{d(2025, time.March, 4), d(2025, time.March, 4), false},
		{Stamp{Year: 2025, Month: time.March, Day: 4, Hour: 1, HasTime: true}, Stamp{Year: 2025, Month: time.March, Day: 4, Hour: 23, HasTime: true}, false},
	} {
		if got := c.a.DayBefore(c.b); got != c.want {
			t.Errorf("%+v.DayBefore(%+v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestDaysIn: month lengths, leap years by the Gregorian rule, and 29 days
// for February of an unknown year.
func TestDaysIn(t *testing.T) {
	for _, c := range []struct {
		y    int
		m    time.Month
		want int
	}{
		{2023, time.January, 31}, {2023, time.April, 30}, {2023, time.February, 28},
		{2024, time.February, 29}, {1900, time.February, 28}, {2000, time.February, 29},
		{0, time.February, 29}, {0, time.November, 30},
	} {
		if got := DaysIn(c.y, c.m); got != c.want {
			t.Errorf("DaysIn(%d, %v) = %d, want %d", c.y, c.m, got, c.want)
		}
	}
}
