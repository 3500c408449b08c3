package clean

import (
	"math/rand/v2"
	"testing"
)

// TestBigramsIndex checks the byte-pair index, which reads eight bytes at
// a time, against the pairs counted one by one: on random strings of every
// length up to 40 (so every tail the eight-byte loop leaves), of bytes
// from the whole range, every pair is in the set and no other is.
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
		var want bigrams
		for i := 0; i+1 < len(s); i++ {
			k := uint(s[i])<<8 | uint(s[i+1])
			want[k/64] |= 1 << (k % 64)
		}
		if b != want {
			t.Fatalf("index(%q): the set differs from the pairs one by one", s)
		}
		for i := 0; i+1 < len(s); i++ {
			if !b.mayContain(s[i : i+2]) {
				t.Fatalf("index(%q) lacks the pair %q", s, s[i:i+2])
			}
		}
	}
}
