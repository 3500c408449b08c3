package clean

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestLiteralSetAgainstContains: holdsAny answers as a strings.Contains
// per literal (containsAny) does, with each literal put at every offset of texts of every
// length around the scan's moves (so that it crosses a window, ends the
// text, or is cut short by it), over the seeds' lines, and over random
// texts made of the literals' own bytes.
func TestLiteralSetAgainstContains(t *testing.T) {
	sets := [][]string{
		{"mage", "MAGE", "oto", "ild", "redit", "llustration"},
		{"can help", "ollow ", "elps to support"},
		{"abc", "bcd", "ffiliate"},
		{"имя", "naam", "dados"},
		{"ffiliate", "ommission", "ualifying", "ompensated", "ffiliated"},
		{"ababababab", "bababa", "aabba"},
		{strings.Repeat("ab", 40) + "c", strings.Repeat("ba", 35)}, // longer than the scan's window
	}
	for _, lits := range sets {
		s := newLiteralSet(lits...)
		for _, l := range lits {
			for n := 0; n <= 26; n++ {
				for at := 0; at <= n; at++ {
					text := strings.Repeat("x", at) + l + strings.Repeat("y", n-at)
					if !s.holdsAny(text) {
						t.Errorf("%q: holdsAny(%q) = false", lits, text)
					}
					if cut := text[:len(text)-1-(n-at)]; s.holdsAny(cut) != containsAny(cut, lits) {
						t.Errorf("%q: holdsAny(%q) = %v", lits, cut, !containsAny(cut, lits))
					}
				}
			}
		}
		var alphabet []byte
		for _, l := range lits {
			alphabet = append(alphabet, l...)
		}
		r := rand.New(rand.NewPCG(1, uint64(len(lits))))
		for range 20000 {
			b := make([]byte, r.IntN(160))
			for i := range b {
				b[i] = alphabet[r.IntN(len(alphabet))]
			}
			if got, want := s.holdsAny(string(b)), containsAny(string(b), lits); got != want {
				t.Errorf("%q: holdsAny(%q) = %v, want %v", lits, b, got, want)
			}
		}
		for _, p := range testkit.Seeds(t) {
			for l := range strings.Lines(string(p.Data)) {
				if got, want := s.holdsAny(l), containsAny(l, lits); got != want {
					t.Errorf("%q: holdsAny(%q) = %v, want %v", lits, l, got, want)
				}
			}
		}
	}
}

// TestLiteralSetShortLiteral: a literal under three bytes is refused.
func TestLiteralSetShortLiteral(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("newLiteralSet took a two-byte literal")
		}
	}()
	newLiteralSet("abc", "ab")
}

// TestLiteralSetSkipFill: the skip table, filled by doubling copies, is
// the one a store per entry gives: minLen-1 everywhere but where a
// literal's pair lowers it.
func TestLiteralSetSkipFill(t *testing.T) {
	for _, lits := range [][]string{{"abc"}, {"ave read", "ereby", "cknowledge"}, {strings.Repeat("x", 80), "yyyy"}} {
		s := newLiteralSet(lits...)
		var want [skipSize]uint8
		for k := range want {
			want[k] = uint8(s.minLen - 1)
		}
		for _, l := range lits {
			for j := 0; j+1 < s.minLen; j++ {
				k := skipIndex(l[j], l[j+1])
				want[k] = min(want[k], uint8(s.minLen-2-j))
			}
		}
		if s.skip != want {
			t.Errorf("%q: the skip table differs from one filled entry by entry", lits)
		}
	}
}
