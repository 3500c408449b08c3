package clean

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDecodeTextBinaryAsIsBinary: decodeText, which skips isBinary's NUL
// scan when its own found no NUL, refuses such text exactly when isBinary
// does, control bytes in any place (past 1 KiB, a NUL past 8 KiB) included.
func TestDecodeTextBinaryAsIsBinary(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	base := strings.Repeat("A line of plain words.\n", 500) // 11.5 KB
	refused := 0
	for range 3000 {
		b := []byte(base[:rng.IntN(len(base))])
		for range rng.IntN(60) {
			if len(b) > 0 {
				b[rng.IntN(len(b))] = byte(rng.IntN(0x20))
			}
		}
		src := string(b)
		if hasNUL(src) {
			continue // decodeText may decode it (UTF-16): not this test's path
		}
		_, _, err := decodeText(src)
		got := errors.Is(err, ErrBinary)
		if want := isBinary(src); got != want {
			t.Fatalf("decodeText refuses %q: %v; isBinary: %v", src, got, want)
		}
		if got {
			refused++
		}
	}
	if refused == 0 {
		t.Fatal("no input was refused: the test does not reach the binary verdict")
	}
}
