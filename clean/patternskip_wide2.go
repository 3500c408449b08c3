package clean

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// The runes beyond ASCII that open the date's label (о of "опубликовано")
// are common letters of the lines around it: a Russian line has an о in
// most of its words, and the walk of leadRun.rejects would stop at the
// first. A second rune settles most of them: R's matches that open with о
// go on with п, б or н. wideSeconds holds those pairs, read from R.

// runPair is a set of first runes beyond ASCII of R's matches and the runes
// that may follow them (pairs of first and last rune); second nil: not yet
// known (a single rune whose follower comes from what follows it in R).
type runPair struct {
	first, second []rune
}

// foldRunes returns the range pairs of r and, when fold, every rune it
// folds to.
func foldRunes(r rune, fold bool) []rune {
	out := []rune{r, r}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			out = append(out, f, f)
		}
	}
	return out
}

// beyondASCII keeps the ranges of pairs, cut to the runes beyond ASCII.
func beyondASCII(pairs []rune) []rune {
	var out []rune
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] >= utf8.RuneSelf {
			out = append(out, max(pairs[i], utf8.RuneSelf), pairs[i+1])
		}
	}
	return out
}

// allFirstRunes returns the range pairs of every rune a match of re may
// open with (edgeRunes' walk); not ok when they are not known or re may
// match the empty string.
func allFirstRunes(re *syntax.Regexp) ([]rune, bool) {
	var out []rune
	nullable, ok := edgeRunes(re, false, func(lo, hi rune) { out = append(out, lo, hi) })
	return out, ok && !nullable
}

// firstPairs returns the runPairs of re's matches that open with a rune
// beyond ASCII; not ok when they are not known.
func firstPairs(re *syntax.Regexp) ([]runPair, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		fold := re.Flags&syntax.FoldCase != 0
		first := beyondASCII(foldRunes(re.Rune[0], fold))
		if len(first) == 0 {
			return nil, true
		}
		if len(re.Rune) == 1 {
			return []runPair{{first: first}}, true
		}
		return []runPair{{first: first, second: foldRunes(re.Rune[1], fold)}}, true
	case syntax.OpCharClass:
		if first := beyondASCII(re.Rune); len(first) > 0 {
			return []runPair{{first: first}}, true
		}
		return nil, true
	case syntax.OpCapture:
		return firstPairs(re.Sub[0])
	case syntax.OpAlternate:
		var out []runPair
		for _, s := range re.Sub {
			p, ok := firstPairs(s)
			if !ok {
				return nil, false
			}
			out = append(out, p...)
		}
		return out, true
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil, false
		}
		if q := re.Sub[0]; q.Op == syntax.OpQuest {
			// (X)?Y: the matches of XY and of Y
			with := append([]*syntax.Regexp{q.Sub[0]}, re.Sub[1:]...)
			p, ok := firstPairs(&syntax.Regexp{Op: syntax.OpConcat, Sub: with})
			if !ok || len(re.Sub) == 1 {
				return nil, false
			}
			p2, ok := firstPairs(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]})
			return append(p, p2...), ok
		}
		p, ok := firstPairs(re.Sub[0])
		if !ok {
			return nil, false
		}
		var next []rune
		for i := range p {
			if p[i].second != nil {
				continue
			}
			if next == nil {
				if next, ok = allFirstRunes(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}); !ok {
					return nil, false
				}
			}
			p[i].second = next
		}
		return p, true
	}
	return nil, false
}

// wideSeconds returns R's runPairs with every follower known; not ok
// otherwise.
func wideSeconds(rest *syntax.Regexp) ([]runPair, bool) {
	p, ok := firstPairs(rest)
	if !ok {
		return nil, false
	}
	for _, q := range p {
		if q.second == nil {
			return nil, false
		}
	}
	return p, true
}

// mayOpen reports whether R may match at the start of t, whose first rune
// r (of size bytes) is one R's matches open with, by the rune after it.
func (w *wideLead) mayOpen(t string, r rune, size int) bool {
	if !w.pairsOK {
		return true
	}
	r2, _ := utf8.DecodeRuneInString(t[size:])
	if size == len(t) {
		return false // every match of R is two runes or more
	}
	for _, p := range w.pairs {
		if inPairs(p.first, r) && inPairs(p.second, r2) {
			return true
		}
	}
	return false
}
