package dateparse

import "testing"

// TestDateLineBelarusian checks date lines with Belarusian month names,
// the genitive a date prints and the nominative, which DateLine did not
// read before ("14 сакавіка 2024"); and lines of that shape it must still
// refuse: a word that only opens like a month's name, an impossible day.
func TestDateLineBelarusian(t *testing.T) {
	day, at := stampDay, stampAt
	for _, c := range []struct {
		line string
		want Stamp
		ok   bool
	}{
		{"14 сакавіка 2024", day(2024, 3, 14), true},
		{"14 сакавіка 2024, 10:32", at(2024, 3, 14, 10, 32), true},
		{"2 жніўня 2025 г.", day(2025, 8, 2), true},
		{"31 снежня 2024", day(2024, 12, 31), true},
		{"1 кастрычніка 2023 18:05", at(2023, 10, 1, 18, 5), true},
		// left alone
		{"14 сакавікаў 2024", Stamp{}, false},
		{"31 лістапада 2024", Stamp{}, false},
	} {
		got, _, ok := DateLine(c.line)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("DateLine(%q) = %+v, %v; want %+v, %v", c.line, got, ok, c.want, c.ok)
		}
	}
}
