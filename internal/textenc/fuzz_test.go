package textenc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDetect checks the invariants: no panic, no guess on valid UTF-8
// without NUL bytes or many control bytes, and a guess that decodes to
// valid UTF-8.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		"", "ascii", "\xff\xfeH\x00i\x00", "\xfe\xff\x00H\x00i", "H\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00",
		"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0 \xe8 \xe2\xf1\xe5\xec", "Caf\xe9 cr\xe8me br\xfbl\xe9e", "\x89PNG\r\n\x1a\n\x00\x00",
		"\xef\xbb\xbfBOM", "\xd8\x3d\xde\x00", "\xff\xfe\x00\x00H\x00\x00\x00", "H\x00\x00\x00i\x00\x00\x00",
		"\x17S\xacN\x02^\x2dN", "\x12\x04\x3e\x04\x09\x20\x3c\x04",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, ok := Detect(s)
		if !ok {
			if g != (Guess{}) {
				t.Fatalf("no guess but %+v", g)
			}
			return
		}
		head := s[:min(len(s), nulLen)]
		if utf8.ValidString(s) && !strings.Contains(head, "\x00") && !manyControls(head) && g.BOM == 0 {
			t.Fatalf("guess %s on valid UTF-8 %q", g.Name, s)
		}
		out, err := g.DecodeString(s)
		if err != nil {
			t.Fatalf("%s: %v", g.Name, err)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("%s: invalid UTF-8 out", g.Name)
		}
	})
}
