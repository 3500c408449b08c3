package clean

import (
	"strings"
	"testing"
)

// TestHeadReadTimeJudgesWholeSpan checks that headReadTime judges the
// whole span withoutBadges would cut, not the first 80 bytes of it: a
// template's indentation after "3 Min. Lesezeit" hid "pro Tag" from the
// test and both came off the <h1> (reviewer revA76).
func TestHeadReadTimeJudgesWholeSpan(t *testing.T) {
	src := `<h1>Die Bibliothek bietet <span>3 Min. Lesezeit` + "\n" + strings.Repeat(" ", 72) + `<em>pro Tag</em></span></h1>`
	text := "Die Bibliothek bietet 3 Min. Lesezeit pro Tag"
	if got := withoutBadges(headingNode(t, src), text); got != text {
		t.Errorf("withoutBadges = %q, want %q", got, text)
	}
}

// TestHeadReadTimeMetaHolds checks that a reading time closing a headline
// stays where a metadata title prints the headline with it, and comes off
// where the metadata prints the headline without it or another title.
func TestHeadReadTimeMetaHolds(t *testing.T) {
	src := `<h1>Schüler bekommen täglich <span>20 Minuten Lesezeit</span></h1>`
	text := "Schüler bekommen täglich 20 Minuten Lesezeit"
	for _, c := range []struct {
		meta []string
		want string
	}{
		{[]string{"Schüler bekommen täglich 20 Minuten Lesezeit | Talbote"}, text},
		{[]string{"", "Schüler bekommen täglich 20 Minuten Lesezeit"}, text},
		{[]string{"Schüler bekommen täglich | Talbote"}, "Schüler bekommen täglich"},
		{[]string{"Talbote"}, "Schüler bekommen täglich"},
		{nil, "Schüler bekommen täglich"},
	} {
		if got := withoutBadges(headingNode(t, src), text, c.meta...); got != c.want {
			t.Errorf("withoutBadges(meta %q) = %q, want %q", c.meta, got, c.want)
		}
	}
}
