package clean

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMenuRow reads lines as lower-case menu rows or not.
func TestMenuRow(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"home news world business sport culture opinion video", true},
		{"home | news | sport | weather", true},
		{"news sport arts-culture food&drink", true},
		{"home news", false},                                       // two words: a kicker's
		{"Home News Sport Weather", false},                         // capitals
		{"of the boatyard on the south side of the island", false}, // prose's function words
		{"die Stadt und der Hafen", false},                         // German prose
		{"de la ciudad y del puerto", false},                       // Spanish prose
		{"home news 2026 sport", false},                            // a number
		{"home news sport.", false},                                // a full stop
		{"home news internationalisation sport", false},            // a word longer than a menu's
		{"", false},
	} {
		if got := menuRow(c.s); got != c.want {
			t.Errorf("menuRow(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestMenuRowCutsWrapRun checks that a lower-case menu row one newline
// over a headline is no wrapped paragraph's first line, and that a
// wrapped line a capital name goes on from still is one.
func TestMenuRowCutsWrapRun(t *testing.T) {
	wrapped := func(page string) []bool {
		t.Helper()
		res, err := String(page, nil)
		if err != nil {
			t.Fatal(err)
		}
		var w []bool
		for _, b := range res.Blocks {
			w = append(w, b.Wrapped)
		}
		return w
	}
	menu := "home news world business sport culture opinion video\nGull Island ferry to run again from Monday after storm repairs\nBy Lena Ortiz\n"
	if diff := cmp.Diff([]bool{false, false, false}, wrapped(menu)); diff != "" {
		t.Errorf("menu row over a headline: Wrapped flags (-want +got):\n%s", diff)
	}
	prose := "The repairs were finished a week early, and the board thanked the crews\nof the boatyard on the south side of the island and two divers led by\nMarta Ruiz, who checked the piles under the landing stage in January.\n"
	if diff := cmp.Diff([]bool{false, true, true}, wrapped(prose)); diff != "" {
		t.Errorf("wrapped paragraph: Wrapped flags (-want +got):\n%s", diff)
	}
}
