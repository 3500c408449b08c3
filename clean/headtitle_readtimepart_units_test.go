package clean

import "testing"

// TestHeadReadTimeCountFirstUnits checks that count-first reading times in
// languages readingWords lists come off the <h1> with the unit written out
// ("5 минут чтения", "4 хвилини читання": readMinutes knew only
// "мин"/"хв") or glued to the count ("5min de lecture", as the English
// "5min read" does) (reviewer revA76).
func TestHeadReadTimeCountFirstUnits(t *testing.T) {
	for _, c := range []struct{ src, text, want string }{
		{`<h1>Паром снова ходит на острова <span class="rt">5 минут чтения</span></h1>`, "Паром снова ходит на острова 5 минут чтения", "Паром снова ходит на острова"},
		{`<h1>Пором знову ходить на острови <span class="rt">4 хвилини читання</span></h1>`, "Пором знову ходить на острови 4 хвилини читання", "Пором знову ходить на острови"},
		{`<h1>Le ferry revient sur les îles <span class="rt">5min de lecture</span></h1>`, "Le ferry revient sur les îles 5min de lecture", "Le ferry revient sur les îles"},
	} {
		if got := withoutBadges(headingNode(t, c.src), c.text); got != c.want {
			t.Errorf("withoutBadges(%s) = %q, want %q", c.src, got, c.want)
		}
	}
}
