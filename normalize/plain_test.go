package normalize

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// skipPlainBytes is skipPlain without the eight-byte step: the reference
// that plainWord must agree with.
func skipPlainBytes(seg []byte, i int, midLine bool) int {
	for i < len(seg) {
		b := seg[i]
		if plainASCII[b] {
			i++
			midLine = true
			continue
		}
		if b == ' ' && midLine && i+1 < len(seg) && plainASCII[seg[i+1]] {
			i += 2
			continue
		}
		break
	}
	return i
}

// TestPlainWord checks the eight-byte step of skipPlain against the byte
// loop on random words over the bytes that matter: it may pass over a
// word only if the byte loop passes over all of it (whatever follows), and
// must pass over every such word without control bytes.
func TestPlainWord(t *testing.T) {
	alphabet := []byte{'a', 'Z', '0', '!', '~', 0x7f, ' ', ' ', ' ', '\t', '\n', '\r', '\v', '\f', 0x01, 0x1f, 0x80, 0xc3, 0xa0, 0xff}
	rng := rand.New(rand.NewPCG(1, 2))
	var w [9]byte
	for n := 0; n < 200000; n++ {
		control := false
		for k := range 8 {
			w[k] = alphabet[rng.IntN(len(alphabet))]
			control = control || w[k] < 0x20 && plainASCII[w[k]]
		}
		w[8] = '\n' // a byte the loop stops at
		for _, midLine := range []bool{false, true} {
			ref := skipPlainBytes(w[:], 0, midLine) == 8
			got := plainWord(binary.LittleEndian.Uint64(w[:]), midLine)
			if got && !ref || ref && !got && !control {
				t.Fatalf("%q midLine %v: plainWord %v, byte loop passes all: %v", w[:8], midLine, got, ref)
			}
		}
	}
	for _, s := range []string{"word wor", " a b c d", "a  b c d", "abcdefg ", "ab\tcdefg", "caf\xc3\xa9 ab"} {
		for _, midLine := range []bool{false, true} {
			seg := []byte(s + "\n")
			if got, ref := plainWord(binary.LittleEndian.Uint64(seg), midLine), skipPlainBytes(seg, 0, midLine) == 8; got != ref {
				t.Errorf("%q midLine %v: plainWord %v, byte loop %v", s, midLine, got, ref)
			}
		}
	}
}
