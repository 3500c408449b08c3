package dateparse

import "testing"

// A Minguo date whose hyphens are en dashes, hyphens of another code or minus signs, which DateLineIn reads (lex folds every dash to "-"), has a year's shape: FullDateLineIn reads it as well (revB75 point 3).
func TestFullDateLineMinguoDashes(t *testing.T) {
	for _, line := range []string{"114–03–04", "114‐03‐04", "114−03−04 10:05"} {
		st, _, ok := DateLineIn(line, TaiwanChinese)
		if !ok || st.Year != 2025 {
			t.Fatalf("DateLine(%q) = %q, %v: the parser no longer reads it", line, st.ISO(), ok)
		}
		if fs, fok := FullDateLineIn(line, TaiwanChinese); !fok || fs.ISO() != st.ISO() {
			t.Errorf("FullDateLine(%q) = %q, %v; DateLine reads %q (yearShaped refuses what the parser accepts)", line, fs.ISO(), fok, st.ISO())
		}
	}
}
