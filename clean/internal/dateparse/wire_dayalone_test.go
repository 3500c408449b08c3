package dateparse

import "testing"

// TestWireDayAlone checks that a dateline printing a day without its month
// (Europa Press's form) keeps the day apart as DayAlone and gives no date,
// and that the forms with a month, or none, leave DayAlone 0.
func TestWireDayAlone(t *testing.T) {
	for _, c := range []struct {
		para     string
		dayAlone int
	}{
		{"MADRID, 5 (EUROPA PRESS) - El consejo aprobó ayer el plan del puerto.", 5},
		{"VALENCIA, 28 (EUROPA PRESS) El consejo aprobó ayer el plan del puerto.", 28},
		{"SEVILLA, 31 (EUROPA PRESS) - El consejo aprobó ayer el plan del puerto.", 31},
		{"Bogotá, 5 mar (EFE).- El consejo aprobó ayer el plan del puerto.", 0},
		{"SEOUL, March 5 (Yonhap) -- The council approved the port plan on Tuesday.", 0},
		{"WASHINGTON (AP) — The council approved the port plan on Tuesday.", 0},
	} {
		d, ok := ParseDateline(c.para)
		if !ok {
			t.Errorf("%q: not recognised", c.para)
			continue
		}
		if d.DayAlone != c.dayAlone {
			t.Errorf("%q: DayAlone %d, want %d", c.para, d.DayAlone, c.dayAlone)
		}
		if c.dayAlone != 0 && (d.Month != 0 || d.Day != 0) {
			t.Errorf("%q: a day alone gave the date %v %d", c.para, d.Month, d.Day)
		}
	}
}
