package clean

import (
	"regexp/syntax"
	"sync"
	"unicode/utf8"
)

// A lead run of \W takes every rune beyond ASCII, so a line of Armenian or
// Russian text would stop leadRun.rejects at its first byte and hand the
// line to the regexp, which walks it with the whole alternation in tow.
// When the few runes beyond ASCII that can open the rest of the pattern
// are known (the date's label: Cyrillic о and О, and ſ, which folds to s),
// the walk steps over every other rune beyond ASCII as part of the run.

// wideLead holds, for a pattern ^C*R, the runes beyond ASCII that R may
// open with and the class C (pairs of first and last rune). ok is false
// when they are not known (R may open with any rune): the walk stops at
// runes beyond ASCII.
type wideLead struct {
	opens []rune
	run   []rune
	ok    bool
	// pairs, when pairsOK, tell the runes that may follow each of opens.
	pairs   []runPair
	pairsOK bool
}

// inPairs reports whether r is in one of the ranges of pairs.
func inPairs(pairs []rune, r rune) bool {
	for i := 0; i+1 < len(pairs); i += 2 {
		if r >= pairs[i] && r <= pairs[i+1] {
			return true
		}
	}
	return false
}

// withWide returns l with its runes beyond ASCII read, on first need, from
// expr, an expression ^\W*R (parsing it costs start-up that a process
// reading only ASCII text need not pay).
func (l *leadRun) withWide(expr string) *leadRun {
	l.wide = sync.OnceValue(func() *wideLead { return parseWideLead(expr) })
	return l
}

// parseWideLead works out the wideLead of expr; not ok when expr is not
// ^C*R with C a class, or R's first runes are not known. (Under (?i), \W
// leaves out ſ and the Kelvin sign, which fold to s and k.)
func parseWideLead(expr string) *wideLead {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return &wideLead{}
	}
	for tree.Op == syntax.OpCapture {
		tree = tree.Sub[0]
	}
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 3 || tree.Sub[0].Op != syntax.OpBeginText {
		return &wideLead{}
	}
	star := tree.Sub[1]
	if star.Op != syntax.OpStar || star.Sub[0].Op != syntax.OpCharClass {
		return &wideLead{}
	}
	w := &wideLead{run: star.Sub[0].Rune}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[2:]}
	nullable, ok := wideFirstRunes(rest, w)
	if !ok || nullable {
		return &wideLead{}
	}
	w.ok = true
	w.pairs, w.pairsOK = wideSeconds(rest)
	return w
}

// wideFirstRunes adds to w the runes beyond ASCII a match of re can start
// with; nullable reports whether re may match the empty string, ok whether
// the runes are known.
func wideFirstRunes(re *syntax.Regexp, w *wideLead) (nullable, ok bool) {
	return edgeRunes(re, false, func(lo, hi rune) {
		if hi >= utf8.RuneSelf {
			w.opens = append(w.opens, max(lo, utf8.RuneSelf), hi)
		}
	})
}
