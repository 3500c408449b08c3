package clean

import (
	"math/rand"
	"strings"
	"testing"
)

// TestHoldsStripSeparator: holdsStripSeparator answers as
// strings.ContainsAny(s, stripSeparators) does, on random strings of the
// separators, their bytes cut apart and other runes.
func TestHoldsStripSeparator(t *testing.T) {
	parts := []string{"|", "·", "–", "—", "•", "a", " ", "é", "€", "‘", "…", "\xc2", "\xb7", "\xe2", "\x80", "\x93", "\x94", "\xa2", "\xff"}
	rnd := rand.New(rand.NewSource(7))
	held := 0
	for range 30000 {
		var b strings.Builder
		for range rnd.Intn(6) {
			b.WriteString(parts[rnd.Intn(len(parts))])
		}
		s := b.String()
		want := strings.ContainsAny(s, stripSeparators)
		if got := holdsStripSeparator(s); got != want {
			t.Fatalf("holdsStripSeparator(%q) = %v, want %v", s, got, want)
		}
		if want {
			held++
		}
	}
	if held < 1000 || held > 29000 {
		t.Errorf("%d of 30000 random strings hold a separator: the draw tests too little", held)
	}
}
