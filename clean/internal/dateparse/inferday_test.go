package dateparse

import (
	"encoding/binary"
	"math/rand"
	"testing"
)

// quietDayByByte is quietDay byte by byte: no digit in p[i:i+8], and no
// "y" there after "a" after "d" (any case).
func quietDayByByte(p string, i int) bool {
	for j := i; j < i+8; j++ {
		c := p[j]
		if c >= '0' && c <= '9' {
			return false
		}
		if c|0x20 == 'y' && j >= 2 && p[j-1]|0x20 == 'a' && p[j-2]|0x20 == 'd' {
			return false
		}
	}
	return true
}

// TestQuietDay holds quietDay to its byte-by-byte form at every offset of
// random strings dense in the letters of "day" in both cases, digits and
// bytes that fold near them, and over every byte value at every place.
func TestQuietDay(t *testing.T) {
	alpha := []byte("dayDAYx1 \xe4\xc4\x04\x01\x19@`Z")
	rng := rand.New(rand.NewSource(40))
	b := make([]byte, 12)
	loud := 0
	for range 300000 {
		for k := range b {
			b[k] = alpha[rng.Intn(len(alpha))]
		}
		p := string(b)
		for i := 0; i+8 <= len(p); i++ {
			got, want := quietDay(p, i, binary.LittleEndian.Uint64([]byte(p[i:i+8]))), quietDayByByte(p, i)
			if got != want {
				t.Fatalf("quietDay(%q, %d) = %v, byte by byte %v", p, i, got, want)
			}
			if !got {
				loud++
			}
		}
	}
	for pos := range 10 {
		for v := range 256 {
			b := []byte("xdayday xda")
			b[pos] = byte(v)
			p := string(b)
			for i := 0; i+8 <= len(p); i++ {
				if got, want := quietDay(p, i, binary.LittleEndian.Uint64([]byte(p[i:i+8]))), quietDayByByte(p, i); got != want {
					t.Fatalf("quietDay(%q, %d) = %v, byte by byte %v", p, i, got, want)
				}
			}
		}
	}
	if loud == 0 {
		t.Error("no string held a digit or a day: the test reads nothing")
	}
}
