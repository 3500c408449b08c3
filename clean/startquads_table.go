package clean

import (
	"cmp"
	"regexp/syntax"
	"slices"
	"sync"
)

//go:generate go test -run ^TestStartQuadsGenerated$ -update

// startQuadsOf returns the start quads of the package's pattern expr (see
// startQuads), taken on first use from the table go generate works out
// ahead (startquads_gen.go), else worked out then. Parsing the text call
// forms alone, in (?i), cost about 20M instructions: a fifth of the
// one-time cost of a process over AEB's text.
func startQuadsOf(expr string) func() *startQuads {
	quadPatterns = append(quadPatterns, expr)
	return sync.OnceValue(func() *startQuads {
		if q, ok := builtinStartQuads(expr); ok {
			return q
		}
		return parseStartQuads(expr)
	})
}

// quadPatterns are the expressions given to startQuadsOf, for the test
// that generates the table.
var quadPatterns []string

// parseStartQuads works out the start quads of expr; nil when expr does
// not parse or they cannot be told.
func parseStartQuads(expr string) *startQuads {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	return newStartQuads(tree)
}

// quadsEntry is the start quads of one expression in builtinQuads, found
// by the expression's key (exprKey) and length; q is nil when they
// cannot be told.
type quadsEntry struct {
	key uint64
	len int
	q   *startQuads
}

// builtinStartQuads returns the start quads of expr from builtinQuads;
// ok is false when the table lacks expr.
func builtinStartQuads(expr string) (q *startQuads, ok bool) {
	key := exprKey(expr)
	i, ok := slices.BinarySearchFunc(builtinQuads[:], key, func(e quadsEntry, key uint64) int {
		return cmp.Compare(e.key, key)
	})
	if !ok || builtinQuads[i].len != len(expr) {
		return nil, false
	}
	return builtinQuads[i].q, true
}
