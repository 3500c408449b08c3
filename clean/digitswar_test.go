package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/testkit"
)

// digitByteInSlow is digitByteIn a byte at a time, as it was.
func digitByteInSlow(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			return true
		}
	}
	return false
}

// TestDigitBytesEveryByte: digitBytes marks a byte, at each of the eight
// places of a word and among every other byte value, exactly when it is an
// ASCII digit.
func TestDigitBytesEveryByte(t *testing.T) {
	for _, fill := range []byte{0, ' ', '/', ':', 'a', 0x7f, 0x80, 0xb0, 0xb9, 0xff} {
		for c := 0; c < 256; c++ {
			for at := 0; at < 8; at++ {
				x := uint64(fill) * ones
				x = x&^(0xff<<(8*at)) | uint64(c)<<(8*at)
				want := uint64(0)
				for k := 0; k < 8; k++ {
					if b := byte(x >> (8 * k)); b >= '0' && b <= '9' {
						want |= 0x80 << (8 * k)
					}
				}
				if got := digitBytes(x); got != want {
					t.Fatalf("digitBytes(%#016x) = %#016x, want %#016x", x, got, want)
				}
			}
		}
	}
}

// TestDigitByteInAgreesWithLoop: digitByteIn answers as the byte loop does
// over the corpus's lines from several offsets (so that its eight-byte
// reads start anywhere) and invented lines: digits at either end, none,
// digits of other scripts, and the bytes around '0' and '9'.
func TestDigitByteInAgreesWithLoop(t *testing.T) {
	lines := append(testkit.CorpusLines(t),
		"", "7", "no digits in this line at all", "ends in a year 2031",
		"9 opens it", "٤ مارس ٢٠٢٥ and ２０２５", "/:/:/:/:/:/:/:/:/:", "\xb0\xb9\xb0\xb9\xb0\xb9\xb0\xb9\xb05",
		"abcdefgh0", "abcdefg0h",
	)
	found := 0
	for _, l := range lines {
		for off := 0; off < 8 && off <= len(l); off++ {
			s := l[off:]
			got, want := digitByteIn(s), digitByteInSlow(s)
			if got != want {
				t.Fatalf("digitByteIn(%q) = %v, the byte loop says %v", s, got, want)
			}
			if got {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no line held a digit: the test tests nothing")
	}
}
