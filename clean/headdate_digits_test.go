package clean

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// TestDateLineNeedsDigit: findDateAfterOnce does not try the stretches of
// a line that hold no digit, on the word of dateparse.DateLine's doc that
// it reads no date without one. This holds it to that: lines of month and
// day names, relative days, ordinals in words and Roman numerals, in
// several languages, are no date line.
func TestDateLineNeedsDigit(t *testing.T) {
	words := []string{"January", "Jan.", "March", "Sept", "December", "Monday", "Tue", "today", "yesterday", "heute", "gestern", "hier",
		"ayer", "mars", "März", "марта", "вчера", "sonntag", "first", "twenty-first", "XXI", "MMXXV", "of", "on", "Posted", "Updated:",
		"at", "noon", "pm", "AM", ",", "-", "/", "мая", "Ekim", "Mayıs", "десятого", "一月", "月", "日", "年", "令和", "元年"}
	rng := rand.New(rand.NewPCG(5, 5))
	for range 5000 {
		var b strings.Builder
		for k := range 2 + rng.IntN(6) {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		if st, _, ok := dateparse.DateLine(b.String()); ok {
			t.Fatalf("DateLine(%q) = %+v with no digit: findDateAfterOnce's shortcut no longer holds", b.String(), st)
		}
	}
	// and the shortcut keeps what the full search finds
	for _, tt := range []struct {
		line string
		pos  int
	}{
		{"Posted on June 29, 2020 by Admin", 10},
		{"By Jane Doe | Jun 08, 2023 • 11 Minute Read", 14},
		{"Updated: 3 March 2025", 9},
	} {
		if _, pos, ok := findDateAfterOnce(tt.line, 4); !ok || pos != tt.pos {
			t.Errorf("findDateAfterOnce(%q) = %d, %v; want %d, true", tt.line, pos, ok, tt.pos)
		}
	}
}
