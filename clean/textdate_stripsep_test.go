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

// TestClosesOnDate checks updateStripDate's first test on lines a date
// closes, in Latin and in CJK script, and on lines of a story.
func TestClosesOnDate(t *testing.T) {
	for s, want := range map[string]bool{
		"Door Pieter de Vries | Bijgewerkt: 6 maart 2025":   true,
		"Von Jana Roth | Aktualisiert: 6. März 2025  ":      true,
		"山田太郎 | 更新：2025年3月6日":                               true,
		"The council met on Tuesday.":                       false,
		"Door Pieter de Vries | Bijgewerkt: 6 maart 2025 |": false,
		"   ": false,
		"":    false,
	} {
		if got := closesOnDate(s); got != want {
			t.Errorf("closesOnDate(%q) = %v, want %v", s, got, want)
		}
	}
}
