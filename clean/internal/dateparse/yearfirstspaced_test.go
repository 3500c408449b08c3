package dateparse

import "testing"

// Korean's spaced year-first dates and Greek month names in capitals read
// as date lines; near misses do not.
func TestSpacedYearFirstAndGreekCapitals(t *testing.T) {
	for _, c := range []struct {
		line string
		want string // "YYYY-MM-DD", "" for no date line
	}{
		{"2025. 3. 5.", "2025-03-05"},
		{"2025. 3. 5. 14:22", "2025-03-05"},
		{"2025. 03. 05 14:22", "2025-03-05"},
		{"2025. 13. 5.", ""},
		{"2025. 2. 30.", ""},
		{"2025. 3. 5.5", ""},
		{"2025.3. 5.", ""},
		{"05 ΜΑΡΤΙΟΥ 2025 14:22", "2025-03-05"},
		{"5 ΔΕΚΕΜΒΡΙΟΥ 2025", "2025-12-05"},
		{"ΜΑΡΤΙΟΣ 5, 2025", "2025-03-05"},
		{"5 μαρτιου 2025", "2025-03-05"},
		{"05 ΜΑΡΤΥΡΕΣ 2025", ""},
	} {
		st, _, ok := DateLine(c.line)
		got := ""
		if tm, valid := st.Time(); ok && valid && st.Year != 0 {
			got = tm.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("DateLine(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
