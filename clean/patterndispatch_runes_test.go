package clean

import "testing"

// TestDispatchRunes: textCall's dispatch knows the runes past ASCII its
// alternatives open with (the euro and pound signs of its prices, the
// Kelvin sign and the long s that fold to k and s) and turns down the
// marks that share their first bytes (a curly quote, a dash, a bullet).
func TestDispatchRunes(t *testing.T) {
	d := textCallDispatch
	d.once.Do(d.build)
	if d.groups == nil {
		t.Fatal("textCall's dispatch has no groups")
	}
	for r, want := range map[rune]bool{'€': true, '£': true, '\u212a': true, 'ſ': true, '“': false, '—': false, '•': false, '\ufffd': false} {
		if got := d.runes.mayOpen(r); got != want {
			t.Errorf("runes.mayOpen(%q) = %v, want %v", r, got, want)
		}
	}
	var u dispatchRunes
	u.add('a', 'z')
	u.addLetter('b')
	if len(u.ranges) != 0 || u.mayOpen('é') {
		t.Errorf("ASCII ranges and letters without a fold past ASCII add %v", u.ranges)
	}
	u.add('é', 'é')
	u.add('é', 'é')
	if len(u.ranges) != 1 || !u.mayOpen('é') {
		t.Errorf("ranges %v: want é once", u.ranges)
	}
	u.unknown = true
	if !u.mayOpen('“') {
		t.Error("an alternative that opens with any rune lets every rune through")
	}
}
