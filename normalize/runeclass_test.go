package normalize

import (
	"testing"

	"github.com/newsclean/newsclean/internal/uchar"
)

// TestRuneClassesAsNormalised: the rune classes the cleaner reads
// (uchar.IsSpace, uchar.IsInvisible) are what the normaliser does with the rune: a
// space becomes U+0020, an invisible character goes.
func TestRuneClassesAsNormalised(t *testing.T) {
	n, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		r                rune
		space, invisible bool
	}{
		{'\u00A0', true, false}, {'\u2009', true, false}, {'\u3000', true, false}, {'\t', true, false},
		{'\u00AD', false, true}, {'\u200B', false, true}, {'\uFEFF', false, true}, {'\x07', false, true},
		{'a', false, false}, {'\u200D', false, false}, {'\n', false, false},
	} {
		if uchar.IsSpace(c.r) != c.space || uchar.IsInvisible(c.r) != c.invisible {
			t.Errorf("%U: IsSpace %v, IsInvisible %v; want %v, %v", c.r, uchar.IsSpace(c.r), uchar.IsInvisible(c.r), c.space, c.invisible)
		}
		got, _ := n.String("a" + string(c.r) + "b")
		switch {
		case c.space && got != "a b":
			t.Errorf("%U, a space: normalised %q", c.r, got)
		case c.invisible && got != "ab":
			t.Errorf("%U, invisible: normalised %q", c.r, got)
		}
	}
}
