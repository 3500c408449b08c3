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
