package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkChanges verifies that the changes describe the output exactly:
// applied in order to in, the non-flag changes give out.
func checkChanges(t *testing.T, in, out string, changes []Change) {
	t.Helper()
	var b strings.Builder
	pos := 0
	for _, c := range changes {
		if c.Layer == LayerFlag {
			if c.From != c.To {
				t.Errorf("flag %+v changes text", c)
			}
			continue
		}
		if c.Offset < pos || c.Offset+len(c.From) > len(in) || in[c.Offset:c.Offset+len(c.From)] != c.From {
			t.Fatalf("change %+v does not match the input %q at %d", c, in, pos)
		}
		b.WriteString(in[pos:c.Offset])
		b.WriteString(c.To)
		pos = c.Offset + len(c.From)
	}
	b.WriteString(in[pos:])
	if b.String() != out {
		t.Fatalf("changes rebuild %q, output is %q (input %q)", b.String(), out, in)
	}
}

func FuzzString(f *testing.F) {
	for _, c := range transformCases {
		f.Add(c, uint8(3))
	}
	for _, c := range heldOut {
		f.Add(c.in, uint8(7))
	}
	all, err := New(Options{Exonyms: PresetWikipedia, ASCIIQuotes: true})
	if err != nil {
		f.Fatal(err)
	}
	def, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string, size uint8) {
		for _, n := range []*Normalizer{def, all} {
			out, changes := n.String(in)
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 out: %q", out)
			}
			checkChanges(t, in, out, changes)
			checkAppend(t, n, in, out, changes)
			again, more := n.String(out)
			if again != out {
				t.Fatalf("not idempotent:\n in  %q\n 1st %q\n 2nd %q", in, out, again)
			}
			for _, c := range more {
				if c.Layer != LayerFlag {
					t.Fatalf("second pass changed %+v", c)
				}
			}
			if got := chunked(t, n.Transformer(), []byte(in), int(size%64)+1); got != out {
				t.Fatalf("Transform (size %d) = %q, String = %q", size%64+1, got, out)
			}
		}
	})
}
