package normalize

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestGazetteer checks the built-in names.csv: its size, its form, and
// that no folded spelling leads to two different names.
func TestGazetteer(t *testing.T) {
	names := BuiltinNames()
	canon := map[string]bool{}
	variants := map[string]bool{}
	byKey := map[string]string{} // folded variant -> canonical, spelling kinds
	kinds := map[Kind]int{}
	for _, n := range names {
		kinds[n.Kind]++
		canon[n.Canonical] = true
		if n.Variant != n.Canonical {
			variants[n.Variant] = true
		}
		for _, s := range []string{n.Canonical, n.Variant} {
			if !norm.NFC.IsNormalString(s) || cleanName(s) != s {
				t.Errorf("line %d: %q is not clean NFC", n.Line, s)
			}
		}
		if n.Kind == KindExonym && n.Region == "" {
			t.Errorf("line %d: exonym without region", n.Line)
		}
		switch n.Kind {
		case KindSpelling, KindPerson, KindDemonym:
			k := foldString(n.Variant)
			if c, ok := byKey[k]; ok && c != n.Canonical {
				t.Errorf("line %d: %q is a spelling of both %q and %q", n.Line, n.Variant, c, n.Canonical)
			}
			byKey[k] = n.Canonical
		}
	}
	if len(canon) < 90 || len(variants) < 300 {
		t.Errorf("gazetteer has %d names and %d variants, want at least 90 and 300", len(canon), len(variants))
	}
	t.Logf("%d rows, %d canonical names, %d variants, kinds %v", len(names), len(canon), len(variants), kinds)

	// Every preset compiles, and a canonical name is never a spelling
	// variant of another one (no chains in the built-in data).
	for _, p := range []Preset{PresetNone, PresetWikipedia, PresetAzerbaijani, PresetArmenian} {
		n := mustNew(t, Options{Exonyms: p})
		for c := range canon {
			out, _ := n.String(c)
			if out2, _ := n.String(out); out2 != out {
				t.Errorf("preset %q: %q -> %q -> %q", p, c, out, out2)
			}
		}
	}
	for k, c := range byKey {
		if c2, ok := byKey[foldString(c)]; ok && c2 != c {
			t.Errorf("canonical %q (of %q) is a spelling of %q", c, k, c2)
		}
	}
}

// TestEveryVariant rewrites each spelling variant, alone in an English
// sentence, to its canonical name, unless it needs context.
func TestEveryVariant(t *testing.T) {
	n := mustNew(t, Options{})
	for _, row := range BuiltinNames() {
		switch row.Kind {
		case KindSpelling, KindPerson, KindDemonym:
		default:
			continue
		}
		if row.Ambiguous || row.Keep {
			continue
		}
		in := "He said that " + row.Variant + " was in the news."
		want := "He said that " + row.Canonical + " was in the news."
		if got, _ := n.String(in); got != want {
			t.Errorf("line %d: got %q, want %q", row.Line, got, want)
		}
	}
}
