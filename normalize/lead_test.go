package normalize

import (
	"testing"
	"unicode/utf8"
)

// TestLead checks the lead bytes of the built-in automaton: a two-byte
// rune that may start a key (a word rune that folds to nothing, or to a
// byte that starts a key) has its first byte marked, and the first bytes
// of Cyrillic and Armenian letters, which start no built-in key, are not,
// so that the scan passes over them.
func TestLead(t *testing.T) {
	tab, ok := builtinTable(Options{})
	if !ok {
		t.Fatal("no built-in table")
	}
	a := tab.auto
	var buf [16]byte
	for r := rune(0x80); r < 0x800; r++ {
		if !isWordRune(r) {
			continue
		}
		f := foldRune(buf[:0], r)
		if (len(f) == 0 || a.step(0, f[0]) != 0) && !a.lead[0xC0|r>>6] {
			t.Errorf("%q may start a key, but its first byte %#x is not a lead", r, 0xC0|r>>6)
		}
	}
	for _, s := range []string{"Шуша", "Ղարաբաղ"} {
		if b := s[0]; a.lead[b] {
			t.Errorf("%q: lead[%#x] set", s, b)
		}
	}
	for _, s := range []string{"Şuşa", "Əli", "İlham", "\u0301", "ქ"} {
		if b := s[0]; !a.lead[b] {
			t.Errorf("%q: lead[%#x] not set", s, b)
		}
	}
	if utf8.RuneLen('ქ') != 3 {
		t.Fatal("Georgian is a three-byte rune")
	}
}
