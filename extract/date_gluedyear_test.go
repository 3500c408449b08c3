package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// slowGluedYear is gluedYear byte by byte: the reference its eight-byte
// skip is held to.
func slowGluedYear(line string, from int) int {
	for i := from; i+4 < len(line); i++ {
		y := line[i : i+4]
		if (y[:2] != "19" && y[:2] != "20") || !digitAt(y, 2) || !digitAt(y, 3) || i > 0 && digitAt(line, i-1) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line[i+4:]); unicode.IsLetter(r) {
			return i + 4
		}
	}
	return -1
}

// TestNoDigit8 checks the eight-byte test on every byte value in every
// place.
func TestNoDigit8(t *testing.T) {
	for p := 0; p < 8; p++ {
		for c := 0; c < 256; c++ {
			b := []byte("abcdefgh")
			b[p] = byte(c)
			x := uint64(0)
			for i := 7; i >= 0; i-- {
				x = x<<8 | uint64(b[i])
			}
			if got, want := noDigit8(x), c < '0' || c > '9'; got != want {
				t.Fatalf("noDigit8(%q) = %v, want %v", b, got, want)
			}
		}
	}
}

// TestGluedYearSkip compares gluedYear with the byte loop over random
// lines of years, digits, letters and other bytes, from every offset.
func TestGluedYearSkip(t *testing.T) {
	pieces := []string{"2024", "1999", "20", "19", "2", "0", "5", "a", "No", "é", " ", ",", "March 11, ", "summer", "x9", "\xff"}
	rng := rand.New(rand.NewPCG(3, 4))
	found := 0
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.IntN(16); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		line := b.String()
		for from := 0; from <= len(line); from++ {
			got, want := gluedYear(line, from), slowGluedYear(line, from)
			if got != want {
				t.Fatalf("gluedYear(%q, %d) = %d, the byte loop gives %d", line, from, got, want)
			}
			if got > 0 {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no glued year found: the test reads too little")
	}
}

// TestPagerLabelLong holds pagerLabel's length bound: labels in every
// case and with the widest capitals (the Kelvin sign and U+0130 lower to
// one byte) are read, and a long line is not.
func TestPagerLabelLong(t *testing.T) {
	for _, s := range []string{"« Older Posts", "Newer Post →", "Previous", "PREVIOUS ENTRIES", "prev", "<< Next article >>",
		"PREV\u0130OUS ENTR\u0130ES", "Next entr\u0130es", "PREV\u0130OUS ART\u0130CLES", "previous articles"} {
		if !pagerLabel(s) {
			t.Errorf("pagerLabel(%q) = false, want true", s)
		}
		if strings.ToLower(s) != s && !pagerLabel(strings.ToLower(s)) {
			t.Errorf("pagerLabel(%q) = false, want true", strings.ToLower(s))
		}
	}
	for _, s := range []string{"Previous posts about the election and the count", "Next", "Older Posts"} {
		long := s + strings.Repeat(" ", 10) + strings.Repeat("x", maxPagerLabel)
		if pagerLabel(long) {
			t.Errorf("pagerLabel(%q) = true, want false", long)
		}
	}
}
