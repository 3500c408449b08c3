package dateparse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFormPreTests: no head that the slash form, the month-day-credit form
// the place-stop-dash form or the place-dash form matches is turned down by its cheap test,
// on random heads built of their pieces (and pieces that come near them),
// and each test turns down heads that lack its piece.
func TestFormPreTests(t *testing.T) {
	for _, c := range []struct {
		f    func(string) bool
		s    string
		want bool
	}{
		{daySlash, "BAKU, March 14. /TASS/.", true}, {daySlash, "BAKU, March 14./TASS/.", true},
		{daySlash, "BAKU, March 14 /TASS/.", false}, {daySlash, "a/b. /c", false}, {daySlash, "/", false},
		{dayParen, "MOSCOW. Sept 19 (Interfax) -", true}, {dayParen, "TEHRAN, Aug. 26, (MNA) –", true},
		{dayParen, "MOSCOW (Interfax) -", false}, {dayParen, "19(AP)", false}, {dayParen, "(", false},
		{stopDash, "YEREVAN. –", true}, {stopDash, "BAKU.-", true}, {stopDash, "BAKU. —", true},
		{stopDash, "BAKU -", false}, {stopDash, "BAKU.  -", false}, {stopDash, ".", false},
		{capsDash, "MOSCOW — The", true}, {capsDash, "CONAKRY—Guinea's", true}, {capsDash, "LIBREVILLE —Six", true},
		{capsDash, "WASHINGTON, D.C.— The", true}, {capsDash, "NEW YORK—based", true}, {capsDash, "MOSCOW", false},
		{capsDash, "COVID-19 cases — The", false}, {capsDash, "In 2025— The", false}, {capsDash, "—The", false},
	} {
		if got := c.f(c.s); got != c.want {
			t.Errorf("test on %q = %v, want %v", c.s, got, c.want)
		}
	}
	pieces := []string{"BAKU", "YEREVAN", "Baku", "ST. ", "É", "é", ", ", ". ", ".", ",", " ", "  ", "-", "--", "–", "—",
		"March", "Sept", "Aug.", "14", "5", "1", "/", "/TASS/", "(", ")", "(Interfax)", "(AP)", "\xe2", "\xe2\x80", "x", "’"}
	shape := [][]string{{"BAKU", "ST. LOUIS", "NEW YORK", "Baku", "ÉVORA", "Tbilisi", "O’NEILL"}, {", ", ". ", ".", ",", " ", ""},
		{"March ", "Sept ", "Aug. ", "", "march "}, {"14", "5", "x", ""}, {"", ",", "."}, {" ", "", "  "},
		{"/TASS/.", "/", " -", " --", " – x", " —", ", DC –", ", D.C. -", ", Calif. —", ", Ca. -", ", N.Y. -", "(Interfax) -", "(AP)", "–", "-", "— x", "", "x"}}
	rng := rand.New(rand.NewPCG(39, 3))
	matched := [4]int{}
	for range 200000 {
		var b strings.Builder
		if rng.IntN(2) == 0 { // a dateline's shape, its slots near misses too
			for _, slot := range shape {
				b.WriteString(slot[rng.IntN(len(slot))])
			}
		}
		for range rng.IntN(4) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		head := b.String()
		for k, fi := range []int{0, 1, 3, 7} {
			f := &forms[fi]
			if !f.re().MatchString(head) {
				continue
			}
			matched[k]++
			if !f.pre(head) {
				t.Errorf("form %d: %q turned down, but it matches", fi, head)
			}
		}
	}
	for k, n := range matched {
		if n < 50 {
			t.Errorf("form test %d: %d matches, the test tests too little", k, n)
		}
	}
}
