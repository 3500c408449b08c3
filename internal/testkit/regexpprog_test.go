package testkit

import (
	"regexp/syntax"
	"testing"
)

// TestReadingInsts: from the start of `(?:\bab|c*d)`, the first runes
// read are a, c and d, through the alternation, the capture, the word
// boundary and the star's loop; a bad expression fails the test.
func TestReadingInsts(t *testing.T) {
	prog := RegexpProg(t, `(?:\bab|c*d)`)
	var first []rune
	for _, pc := range ReadingInsts(prog, uint32(prog.Start)) {
		in := &prog.Inst[pc]
		if in.Op != syntax.InstRune1 {
			t.Fatalf("instruction %d reads no single rune: %v", pc, in.Op)
		}
		first = append(first, in.Rune[0])
	}
	if len(first) != 3 || !containsRunes(first, 'a', 'c', 'd') {
		t.Errorf("first runes %q, want a, c and d", first)
	}
	empty := RegexpProg(t, ``)
	if got := ReadingInsts(empty, uint32(empty.Start)); len(got) != 1 || empty.Inst[got[0]].Op != syntax.InstMatch {
		t.Errorf("the empty expression: %d instructions, want its match", len(got))
	}
	if f := fake(func(tb testing.TB) { RegexpProg(tb, `(unclosed`) }); !f.failed {
		t.Error("a bad expression did not fail the test")
	}
}

func containsRunes(rs []rune, want ...rune) bool {
	for _, w := range want {
		found := false
		for _, r := range rs {
			found = found || r == w
		}
		if !found {
			return false
		}
	}
	return true
}
