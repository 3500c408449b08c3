package dateparse

import (
	"testing"
	"time"
)

// TestMonthDayClockLine checks the lines MonthDayClockLine reads (a month,
// a day and a time, no year) and those it leaves to other readers.
func TestMonthDayClockLine(t *testing.T) {
	for _, c := range []struct {
		line      string
		month     time.Month
		day, hour int // 0 month: no date
	}{
		{"Mar 4, 10:05 AM", time.March, 4, 10},
		{"4 марта, 10:05", time.March, 4, 10},
		{"4 mars à 10h05", time.March, 4, 10},
		{"March 4 at 3:30 pm", time.March, 4, 15},
		{"Tuesday, March 4 at 3:30 pm", time.March, 4, 15},
		{"Mar 4", 0, 0, 0},                   // no time: MonthDayLine's
		{"Mar 4, 2025 10:05", 0, 0, 0},       // a full date
		{"Updated Mar 4, 10:05 AM", 0, 0, 0}, // an update's
		{"10:05", 0, 0, 0},                   // a time alone
		{"The pier reopens Mar 4", 0, 0, 0},  // a sentence
	} {
		st, ok := MonthDayClockLine(c.line)
		if c.month == 0 {
			if ok {
				t.Errorf("MonthDayClockLine(%q) = %+v, want no date", c.line, st)
			}
			continue
		}
		if !ok || st.Year != 0 || st.Month != c.month || st.Day != c.day || st.Hour != c.hour {
			t.Errorf("MonthDayClockLine(%q) = %+v, %v; want %v %d, %d h, no year", c.line, st, ok, c.month, c.day, c.hour)
		}
	}
}

// TestLeadWeekday checks the weekday a yearless line opens with, which
// its settled year must give.
func TestLeadWeekday(t *testing.T) {
	for line, want := range map[string]int{"Sat, Mar 8, 7:30 PM": int(time.Saturday), "Tuesday March 4": int(time.Tuesday), "mardi 4 mars": int(time.Tuesday), "Dienstag, 4. März": int(time.Tuesday), "Mar 4, 10:05": -1, "Sat.": int(time.Saturday)} {
		d, ok := LeadWeekday(line)
		got := -1
		if ok {
			got = int(d)
		}
		if got != want {
			t.Errorf("LeadWeekday(%q) = %d, want %d", line, got, want)
		}
	}
}
