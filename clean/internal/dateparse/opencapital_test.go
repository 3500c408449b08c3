package dateparse

import (
	"regexp/syntax"
	"testing"
	"unicode"

	"github.com/newsclean/newsclean/internal/testkit"
)

// TestFormsOpenCapital checks what matchForms's opensCapital test rests
// on: every rune a generic form's expression can match first is an
// upper-case letter (\p{Lu}), so a head that opens otherwise matches none.
func TestFormsOpenCapital(t *testing.T) {
	for fi := range forms {
		expr := forms[fi].re().String()
		prog := testkit.RegexpProg(t, expr)
		for _, pc := range testkit.ReadingInsts(prog, uint32(prog.Start)) {
			in := &prog.Inst[pc]
			switch in.Op {
			case syntax.InstRune1:
				if !unicode.IsUpper(in.Rune[0]) || syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
					t.Errorf("form %d (%s) may open with %q", fi, expr, in.Rune[0])
				}
			case syntax.InstRune:
				if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
					t.Errorf("form %d (%s) may open with a case-folded rune", fi, expr)
				}
				for k := 0; k+1 < len(in.Rune); k += 2 {
					for r := in.Rune[k]; r <= in.Rune[k+1]; r++ {
						if !unicode.IsUpper(r) {
							t.Errorf("form %d (%s) may open with %q", fi, expr, r)
							break
						}
					}
				}
			default:
				t.Errorf("form %d (%s) may open with any rune (%v)", fi, expr, in.Op)
			}
		}
	}
	for _, c := range []struct {
		head string
		want bool
	}{{"BAKU", true}, {"Élan", true}, {"Ереван", true}, {"“Quote", false}, {"© EPA", false}, {"baku", false}, {"(AP)", false}, {"1 May", false}} {
		if got := opensCapital(c.head); got != c.want {
			t.Errorf("opensCapital(%q) = %v, want %v", c.head, got, c.want)
		}
	}
}
