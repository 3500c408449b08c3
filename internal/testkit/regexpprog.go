package testkit

import (
	"regexp/syntax"
	"slices"
	"testing"
)

// RegexpProg is the program a Perl-syntax expression compiles to, as the
// regexp package compiles it (parsed, simplified): what tests read to see
// which runes a pattern can match first, or whether two spellings of a
// pattern match the same texts. It fails t when expr does not parse.
func RegexpProg(t testing.TB, expr string) *syntax.Prog {
	t.Helper()
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	return prog
}

// ReadingInsts returns, sorted, the instructions of prog that read the
// next rune (or end the match, or fail) when the machine stands at pcs:
// those reached from pcs through alternations, captures, no-ops and
// empty-width tests, each counted as passed. From prog.Start they are the
// instructions that match a match's first rune.
func ReadingInsts(prog *syntax.Prog, pcs ...uint32) []uint32 {
	seen := map[uint32]bool{}
	var out []uint32
	var walk func(pc uint32)
	walk = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out)
			walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			walk(in.Out)
		default:
			out = append(out, pc)
		}
	}
	for _, pc := range pcs {
		walk(pc)
	}
	slices.Sort(out)
	return out
}
