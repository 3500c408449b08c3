package dateparse

import "testing"

// TestDateLineYearStop checks the full stop Croatian, Serbian and Bosnian
// pages put after a date's year when its day comes first ("14. ožujka
// 2024.", "14. 3. 2024.", "14. марта 2024."), their "u" / "у" before the
// time ("14. 3. 2024. u 10:32"), their weekdays before the date, and a
// publication's date with the update's after it ("Ažurirano"), which
// DateLine did not read before; and lines of those shapes it must still
// refuse: something glued after the stop, a "u" with no time after it, a
// stop doubled.
func TestDateLineYearStop(t *testing.T) {
	day, at := stampDay, stampAt
	for _, c := range []struct {
		line string
		want Stamp
		ok   bool
	}{
		{"14. ožujka 2024.", day(2024, 3, 14), true},
		{"14. ožujka 2024. u 10:32", at(2024, 3, 14, 10, 32), true},
		{"14. marta 2024.", day(2024, 3, 14), true},
		{"14. марта 2024.", day(2024, 3, 14), true},
		{"14 марта 2024.", day(2024, 3, 14), true},
		{"14. 3. 2024.", day(2024, 3, 14), true},
		{"14. 03. 2024. u 10:32", at(2024, 3, 14, 10, 32), true},
		{"14.03.2024. u 10:32", at(2024, 3, 14, 10, 32), true},
		{"14. 03. 2024. у 10:32", at(2024, 3, 14, 10, 32), true},
		{"četvrtak, 14. ožujka 2024.", day(2024, 3, 14), true},
		{"14.03.2024. u 10:32 Ažurirano: 15.03.2024. u 09:00", at(2024, 3, 14, 10, 32), true},
		{"14. марта 2024. Ажурирано 15. марта 2024.", day(2024, 3, 14), true},
		// left alone
		{"14. ožujka 2024.5", Stamp{}, false},
		{"14. 3. 2024.12", Stamp{}, false},
		{"14. ožujka 2024. u", Stamp{}, false},
		{"14. 3. 2024. u Zagrebu", Stamp{}, false},
		{"14. ožujka. 2024..", Stamp{}, false},
	} {
		got, _, ok := DateLine(c.line)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("DateLine(%q) = %+v, %v; want %+v, %v", c.line, got, ok, c.want, c.ok)
		}
	}
}
