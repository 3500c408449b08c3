package clean

import (
	"math/rand/v2"
	"testing"
)

// TestAnyUnder20: the eight-byte test isBinary skips text with agrees
// with a byte-by-byte look at every byte value in every place.
func TestAnyUnder20(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b [8]byte
		for k := range b {
			b[k] = byte(0x20 + rng.IntN(0xe0)) // none under 0x20
		}
		if rng.IntN(2) == 0 {
			b[rng.IntN(8)] = byte(rng.IntN(256))
		}
		want := false
		for _, c := range b {
			want = want || c < 0x20
		}
		if got := anyUnder20(load8(string(b[:]))); got != want {
			t.Fatalf("anyUnder20(% x) = %v, want %v", b, got, want)
		}
	}
}

// TestIsBinaryControls: control bytes are counted wherever they stand in
// the first KiB, and line breaks and tabs are not.
func TestIsBinaryControls(t *testing.T) {
	line := "A line of ordinary text\tin a page.\r\n"
	var text []byte
	for len(text) < 1024 {
		text = append(text, line...)
	}
	if isBinary(string(text)) {
		t.Fatal("text with line breaks and tabs read as binary")
	}
	for k := 0; k < 60; k++ {
		text[k*17+3] = 0x01 // 60 controls in 1 KiB: over one in twenty
	}
	if !isBinary(string(text)) {
		t.Fatal("60 control bytes in the first KiB not read as binary")
	}
}
