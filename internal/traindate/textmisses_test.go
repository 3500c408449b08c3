package main

import (
	"strings"
	"testing"
)

// TestTextMissClass checks the classes of a text-path miss: the gold day
// printed with its year (in any order or language printedForms tries),
// printed without a year, an age alone ("6 days ago"), printed nowhere (another day, or the day of
// another month).
func TestTextMissClass(t *testing.T) {
	for _, c := range []struct {
		src, gold, class string
		lines            int
	}{
		{"Harbour board to rebuild the pier\nBy Jane Doe\nMarch 7, 2024\nThe board agreed.\n", "2024-03-07", textPrinted, 1},
		{"Title\n7. März 2024\nText\nPosted 2024-03-07\n", "2024-03-07", textPrinted, 2},
		{"Title\nBy Jane Doe\nMar 7\n5 min read\n", "2024-03-07", textNoYear, 1},
		{"Title\nBy Jane Doe\nMar 8\nMarch 8, 2024\n", "2024-03-07", textNowhere, 0},
		{"Title\nApr 7\n", "2024-03-07", textNowhere, 0},
		{"Title\nBy Jane Doe\nPublished 6 days ago\nThe board agreed.\n", "2024-03-07", textRelative, 1},
		{"Title\nPosted: 2 days ago\nMarch 7, 2024\n", "2024-03-07", textPrinted, 1},
		{"Title\nThe pier closed 6 days ago, the board said on Monday.\n", "2024-03-07", textNowhere, 0},
	} {
		class, lines := textMissClass(c.src, c.gold)
		if class != c.class || len(lines) != c.lines {
			t.Errorf("textMissClass(%q, %s) = %s, %q; want %s with %d lines", c.src, c.gold, class, lines, c.class, c.lines)
		}
		for _, l := range lines {
			if !strings.Contains(l, ": ") {
				t.Errorf("line %q is not numbered", l)
			}
		}
	}
}
