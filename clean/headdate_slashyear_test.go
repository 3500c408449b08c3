package clean

import (
	"fmt"
	"testing"
)

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
		{"Season 2024/25 March 2025", false},
		{"Jahresbericht 2023/24 Juni 2024", false},
		{"Budget 2025/26 April 2025", false},
		{"Season 1999/00 May 1999", false},
		{"On 11 March 2024/2025 intake opens", false},
		{"Regulation (EU) 2024/1689 of 13 June 2024", false},
		{"4 March 2025/27 Comments", true},
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

// TestYearSlashSpans checks findDateStamp on lines whose year runs on
// after a slash into a span of years or a document's number: the number
// after the slash opens no day ("2024/25 March 2025" is no 25 March, in
// any language), a date after such a number still reads, and a strip's
// count after a date's year still parts from it.
func TestYearSlashSpans(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Season 2024/25 March 2025", ""},
		{"Budget 2025/26 April 2025", ""},
		{"Temporada 2024/25 marzo 2025", ""},
		{"Saison 2024/25 mars 2025", ""},
		{"Stagione 2024/25 marzo 2025", ""},
		{"Sezon 2024/25 marzec 2025", ""},
		{"Сезон 2024/25 март 2025", ""},
		{"On 11 March 2024/2025 intake opens", ""},
		{"Regulation (EU) 2024/1689 of 13 June 2024", "2024-06-13"},
		{"4 March 2025/0 Comments/in Local", "2025-03-04"},
	} {
		st, _, ok := findDateStamp(c.line)
		got := ""
		if ok {
			got = fmt.Sprintf("%04d-%02d-%02d", st.Year, int(st.Month), st.Day)
		}
		if got != c.want {
			t.Errorf("findDateStamp(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
