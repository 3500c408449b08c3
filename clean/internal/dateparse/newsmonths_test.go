package dateparse

import (
	"testing"
	"time"
)

// TestDateLineNewsMonths: the month names of newsMonthLists and Catalan's
// elided "d'" before a month that opens with a vowel, each with lines
// that must stay no date.
func TestDateLineNewsMonths(t *testing.T) {
	for _, c := range []struct {
		line string
		want Stamp // the zero Stamp: no date
	}{
		{"12. januarja 2026", Stamp{Year: 2026, Month: time.January, Day: 12}},
		{"21. julija 2024 ob 9.30", Stamp{Year: 2024, Month: time.July, Day: 21}},
		{"12 јануари 2026", Stamp{Year: 2026, Month: time.January, Day: 12}},
		{"3. Jänner 2026, 07:10", Stamp{Year: 2026, Month: time.January, Day: 3}},
		{"27. Feber 2024", Stamp{Year: 2024, Month: time.February, Day: 27}},
		{"9 de gener de 2026", Stamp{Year: 2026, Month: time.January, Day: 9}},
		{"23 d'agost de 2024", Stamp{Year: 2024, Month: time.August, Day: 23}},
		{"2 d’octubre de 2023", Stamp{Year: 2023, Month: time.October, Day: 2}},
		{"11 Afrilu, 2024", Stamp{Year: 2024, Month: time.April, Day: 11}},
		{"16 جون 2024", Stamp{Year: 2024, Month: time.June, Day: 16}},
		{"25 غشت 2024", Stamp{Year: 2024, Month: time.August, Day: 25}},
		{"6 جويلية 2024", Stamp{Year: 2024, Month: time.July, Day: 6}},
		{"7 Junie 2024", Stamp{Year: 2024, Month: time.June, Day: 7}},
		{"29 Luulyo 2024", Stamp{Year: 2024, Month: time.July, Day: 29}},
		{"4. nóvember 2023", Stamp{Year: 2023, Month: time.November, Day: 4}},
		{"leave alone: 23 d'agost", Stamp{}},
		{"leave alone: 23 d' agost de 2024", Stamp{}},
		{"leave alone: d'agost 2024", Stamp{}},
		{"leave alone: 32 d'agost de 2024", Stamp{}},
		{"leave alone: 30. Feber 2024", Stamp{}},
	} {
		line, _ := cutLeaveAlone(c.line)
		st, _, ok := DateLine(line)
		if ok != (c.want != Stamp{}) || ok && (st.Year != c.want.Year || st.Month != c.want.Month || st.Day != c.want.Day) {
			t.Errorf("DateLine(%q) = %+v, %v; want %+v", line, st, ok, c.want)
		}
	}
}
