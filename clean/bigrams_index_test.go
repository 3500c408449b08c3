package clean

import (
	"math/rand/v2"
	"testing"
)

// TestBigramsIndex checks the byte-pair index, which reads eight bytes at
// a time, against the pairs counted one by one: on random strings of every
// length up to 40 (so every tail the eight-byte loop leaves), of bytes
// from the whole range, every pair is in the set and no other is. One
// table indexes them all, in turn: the pairs of the texts before (and
// those of the texts before its last clearing, every 255 texts) are not
// in it.
func TestBigramsIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	var b bigrams
	for round := range 3000 {
		buf := make([]byte, round%41)
		for i := range buf {
			buf[i] = byte(rng.IntN(256))
			if rng.IntN(2) == 0 {
				buf[i] = "ab \n"[rng.IntN(4)] // repeated pairs
			}
		}
		s := string(buf)
		b.index(s)
		var want [1 << 16]bool
		for i := 0; i+1 < len(s); i++ {
			want[uint16(s[i])<<8|uint16(s[i+1])] = true
		}
		for k := range want {
			if got := b.tab[k] == b.gen; got != want[k] {
				t.Fatalf("index(%q) after %d texts: pair %#04x in the set = %v, want %v", s, round, k, got, want[k])
			}
		}
		for i := 0; i+1 < len(s); i++ {
			if !b.mayContain(s[i : i+2]) {
				t.Fatalf("index(%q) lacks the pair %q", s, s[i:i+2])
			}
		}
	}
}
