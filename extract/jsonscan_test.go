package extract

import (
	"math/rand/v2"
	"testing"
)

// TestPlainBlocks: plainBlocks (the assembly on amd64) and plainBlocksSWAR
// find the first byte that is not jsonPlain in the whole sixteen-byte
// blocks of strings of every length to 70, each byte plain or one of the
// bytes at the edges of the tests (0x1f, 0x20, 0x7f, 0x80, the escaped
// ASCII and their neighbours), wherever it stands.
func TestPlainBlocks(t *testing.T) {
	odd := []byte{0x00, 0x1f, 0x20, 0x21, '"', '#', '%', '&', '\'', ';', '<', '=', '>', '?', '[', '\\', ']', '~', 0x7f, 0x80, 0xa0, 0xe2, 0xff, 'a', '.'}
	rng := rand.New(rand.NewPCG(28, 2))
	for n := range 70 {
		for range 300 {
			b := make([]byte, n)
			for k := range b {
				b[k] = "the quick brown fox 0123456789,.:/"[rng.IntN(34)]
			}
			for m := rng.IntN(3); m > 0 && n > 0; m-- {
				b[rng.IntN(n)] = odd[rng.IntN(len(odd))]
			}
			s := string(b)
			want := n &^ 15
			for k := 0; k < want; k++ {
				if c := s[k]; c >= 0x80 || !jsonPlain[c] {
					want = k
					break
				}
			}
			if got := plainBlocks(s); got != want {
				t.Fatalf("plainBlocks(%q) = %d, want %d", s, got, want)
			}
			if got := plainBlocksSWAR(s); got != want {
				t.Fatalf("plainBlocksSWAR(%q) = %d, want %d", s, got, want)
			}
		}
	}
	// every byte value, alone in a plain block, at each place
	for c := range 256 {
		for at := range 16 {
			b := []byte("abcdefghijklmnopqrstuvwxyz012345")
			b[at+16] = byte(c)
			want := 32
			if c >= 0x80 || !jsonPlain[c] {
				want = at + 16
			}
			if got := plainBlocks(string(b)); got != want {
				t.Fatalf("byte %#x at %d: plainBlocks = %d, want %d", c, at+16, got, want)
			}
		}
	}
}
