package dateparse

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDigitLeads8 checks the eight-byte test against a byte loop: every
// byte value at every one of the eight places, among ASCII and among
// Cyrillic bytes (0xD0, 0xD1 and their trail bytes).
func TestDigitLeads8(t *testing.T) {
	for _, fill := range []byte{'a', 0xD0, 0xBF, 0xE2} {
		for place := 0; place < 8; place++ {
			for c := 0; c < 256; c++ {
				b := []byte(strings.Repeat(string([]byte{fill}), 8))
				b[place] = byte(c)
				want := false
				for _, x := range b {
					want = want || 0xD9 <= x && x <= 0xE1
				}
				if got := digitLeads8(string(b), 0); got != want {
					t.Fatalf("digitLeads8(% x) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

// foldDigitsByRune is FoldDigits with every rune decoded, without the
// eight-byte skip: the reference the fast path must agree with. The line
// up to the first digit is kept as it is, the rest written rune by rune
// (a bad byte there as U+FFFD), as FoldDigits writes it.
func foldDigitsByRune(s string) (string, bool) {
	for i, r := range s {
		if _, ok := scriptDigit(r); !ok {
			continue
		}
		var b strings.Builder
		b.WriteString(s[:i])
		for _, r := range s[i:] {
			if d, ok := scriptDigit(r); ok {
				b.WriteByte(byte('0' + d))
			} else {
				b.WriteRune(r)
			}
		}
		return b.String(), true
	}
	return s, false
}

// TestFoldDigitsFastPath checks FoldDigits against the byte-at-a-time
// reference on lines built of ASCII, Cyrillic, Arabic, Devanagari, Khmer,
// Georgian and Han pieces with the scripts' digits among them, each digit
// at every offset that the eight-byte skip may pass.
func TestFoldDigitsFastPath(t *testing.T) {
	pieces := []string{"a", "May ", "2025", "мая ", "مارس ", "٤", "۱۴", "मार्च ", "०४", "១២", "၁၀", "ა", "三月", " ", "é", "\xff"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		got, gotOK := FoldDigits(s)
		want, wantOK := foldDigitsByRune(s)
		if got != want || gotOK != wantOK {
			t.Fatalf("FoldDigits(%q) = %q, %v; want %q, %v", s, got, gotOK, want, wantOK)
		}
	}
	for off := 0; off <= 17; off++ {
		s := strings.Repeat("x", off) + "٢٠٢٥"
		if got, ok := FoldDigits(s); !ok || got != strings.Repeat("x", off)+"2025" {
			t.Errorf("FoldDigits(%q) = %q, %v", s, got, ok)
		}
	}
}
