package clean

import (
	"testing"

	"github.com/newsclean/newsclean/internal/uchar"
)

// TestPrintableASCIIKept checks what the edge trims' fast path rests on: a
// visible ASCII character is none of what they strip (a space, an
// invisible or a joiner-like character), so a line that starts or ends
// with one is trimmed at that edge as the slow path would, not at all.
func TestPrintableASCIIKept(t *testing.T) {
	for b := range 256 {
		r := rune(b)
		strips := isSpace(r) || isInvisible(r) || uchar.IsJoinerLike(r)
		if printableASCII(byte(b)) && strips {
			t.Errorf("%q is printable ASCII and stripped at a line's edge", r)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Share", "Share"},
		{"\u200eShare\u200e", "Share"},
		{" \u00adA b\u00a0 ", "A b"},
		{"x", "x"},
		{"\u200d", ""},
	} {
		if got := trimRightEdge(trimLeftEdge(c.in)); got != c.want {
			t.Errorf("trim edges of %q = %q, want %q", c.in, got, c.want)
		}
	}
}
