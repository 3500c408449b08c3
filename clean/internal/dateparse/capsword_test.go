package dateparse

import (
	"math/rand/v2"
	"testing"
)

// TestCapsWord: the forms that open with a place in capitals turn a head
// down by its first word ("The", "In", "COP29") before their expressions;
// a capital beyond ASCII, an apostrophe or "ST. " is left to them. No head
// that a form's expression matches is turned down.
func TestCapsWord(t *testing.T) {
	for _, s := range []string{"The BAKU (AP) -", "In 2025 -- x", "COP29 - talks", "Baku. – text", "A1 -"} {
		if capsWord(s) {
			t.Errorf("%q kept, want it turned down", s)
		}
	}
	for _, s := range []string{"YEREVAN. – ", "ST. LOUIS --", "ÉVORA - x", "O'NEILL -", "BAKU-", "WASHINGTON, DC –", "A"} {
		if !capsWord(s) {
			t.Errorf("%q turned down", s)
		}
	}
	pieces := []string{"BAKU", "Baku", "ST. ", "S", "T", "a", "1", " ", ".", ",", "-", "--", "–", "—", "'", "’", "É", "é", "(AP)", "(", ")", " DC", ", La.", "x", "Sept 19 ", "\xff"}
	rng := rand.New(rand.NewPCG(5, 6))
	kept, rejected, matched := 0, 0, 0
	for range 20000 {
		var b []byte
		for range 1 + rng.IntN(7) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		head := string(b)
		if capsWord(head) {
			kept++
		} else {
			rejected++
		}
		// Every form's own test (capsWord, capsThenTitle, ArmInfo's
		// prefix) keeps every head its expression matches.
		for fi := range forms {
			f := &forms[fi]
			if !f.re().MatchString(head) {
				continue
			}
			matched++
			if f.pre != nil && !f.pre(head) {
				t.Errorf("form %d: %q turned down, but it matches", fi, head)
			}
		}
	}
	if kept == 0 || rejected == 0 || matched < 100 {
		t.Errorf("%d heads kept, %d turned down, %d matches: the test tests too little", kept, rejected, matched)
	}
}
