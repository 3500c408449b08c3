package clean

import "testing"

// TestYearSlashCount checks which slashes after a digit part a strip: one
// after a year whose next number runs into a word, not one inside a
// numeric date.
func TestYearSlashCount(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"4 March 2025/0 Comments/in Local", true},
		{"4 March 2025/12", true},
		{"2025/03/04", false},
		{"2025/03-04", false},
		{"04/03/2025", false},
		{"12025/0 Comments", false},
		{"x025/0 Comments", false},
	} {
		i := 0
		for k := range len(c.line) {
			if c.line[k] == '/' && k > 0 && isDigit(c.line[k-1]) {
				i = k
				break
			}
		}
		if got := yearSlashCount(c.line, i); got != c.want {
			t.Errorf("yearSlashCount(%q, %d) = %v, want %v", c.line, i, got, c.want)
		}
	}
}
