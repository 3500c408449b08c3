package clean

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// pattern is a compiled rule pattern with the longest literal every match
// must contain. A page that lacks the literal is skipped with one substring
// search instead of a regexp run per line.
type pattern struct {
	re     *lazyRegexp
	lit    string   // "" when the pattern has no required literal
	maxLen int      // the longest text a whole-line (^...$) pattern can match; -1 if unbounded
	minLen int      // the fewest bytes any match holds: a shorter text cannot match
	anyOf  []string // literals one of which every match holds, when a better filter than lit; nil if none
	prefix []string // for a ^-anchored pattern, literals one of which every match starts with; nil if none
	start  *byteSet // the bytes a match of a ^-anchored pattern starts with; nil if not known

	// The tests below are worked out when the pattern is compiled (or
	// generated ahead, for a built-in rule): skip reads them for each
	// block a fingerprint or a clutter pattern may match, tens of
	// thousands over a batch, and a lazy first-use test per call cost
	// more than the tests.
	pairs *startPairs // the first two bytes of a match of a ^-anchored pattern (see newStartPairs); nil if not known
	end   *byteSet    // the bytes a match of a $-anchored pattern ends with (see endBytes); nil if not known
	lead  *anyOfLead  // the shared lead of anyOf (see sharedLead), when it has one and four literals or more; else nil
	rare  uint16      // lit's rarest byte pair (see rarePair), looked up first in a page's pairs
}

// compilePattern parses expr, which checks it as fully as regexp.Compile
// does (the regexp package's compilation of a parsed expression does not
// fail), and works out its prefilters; the regexp itself is compiled on
// first use (see lazyRegexp).
func compilePattern(expr string) (pattern, error) {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return pattern{}, err
	}
	// The prefilters read the parsed tree as it is: they handle counted
	// repeats themselves, and simplifying every pattern (which the regexp
	// package does when it compiles one) cost a fifth of loading the rules.
	p := pattern{re: &lazyRegexp{expr: expr, names: tree.CapNames()}, maxLen: -1}
	p.lit = requiredLiteral(tree)
	if p.lit == "" {
		p.re.fold = foldLiteralOf(tree, minAnyOfLen)
	}
	p.minLen = minLength(tree)
	if p.prefix = requiredPrefixes(tree); p.prefix == nil {
		p.anyOf = requiredAnyOf(tree, p.lit, true)
	}
	if anchoredBothEnds(tree) {
		p.maxLen = maxLength(tree)
	}
	p.start = startBytes(tree)
	p.pairs = newStartPairs(tree)
	p.end = endBytes(tree)
	p.lead = leadOfAnyOf(p.anyOf)
	p.rare = rarePair(p.lit)
	return p, nil
}

// leadOfAnyOf returns the shared lead of a pattern's any-of literals, kept
// so that holdsAny does not work it out for each line tested; nil when
// the set is short (a search per literal is cheaper) or has no lead.
func leadOfAnyOf(set []string) *anyOfLead {
	if len(set) < 4 {
		return nil
	}
	l := new(anyOfLead)
	if l.c, l.seconds, l.ok = sharedLead(set); !l.ok {
		return nil
	}
	return l
}

// anyOfLead is what sharedLead tells of a set of literals, kept so that
// it is not worked out again for each line tested.
type anyOfLead struct {
	c       byte
	seconds byteSet
	ok      bool
}

// skip reports whether the pattern cannot match a block of text t: t is
// shorter or longer than any match, does not open with a byte or a pair of
// bytes a match starts with, nor with one of the literals every match opens
// with (where those are known), does not end with a byte a match of a
// $-anchored pattern ends with, or lacks the literal (or one of the
// literals, or, kept with the regexp, the literal as case folds: see
// foldLiteral) every match holds. The tests cost far less than running the
// regexp over a short line. Like the length bounds, the end
// test takes t's end for the end a $ matches. It takes the pattern by
// pointer: fingerprintFound asks it for each block a fingerprint may match
// (tens of thousands over a batch), and a copy of the pattern for each
// call, and for each of the tests it makes, cost more than the tests.
func (p *pattern) skip(t string) bool {
	if len(t) < p.minLen || p.maxLen >= 0 && len(t) > p.maxLen {
		return true
	}
	// The start bytes and pairs first: they turn down most lines in two
	// table tests, where a pattern's prefixes (which turn down every line
	// the start test does, and more) take a comparison each.
	if p.cannotStart(t) || p.prefix != nil && !hasAnyPrefix(t, p.prefix) || p.cannotEnd(t) {
		return true
	}
	if f := &p.re.fold; f.lit != "" && !f.mayHold(t) {
		return true
	}
	return p.lit != "" && !strings.Contains(t, p.lit) || !p.holdsAny(t)
}

// holdsAny reports whether t holds one of the literals of p.anyOf; true
// when there are none (no prefilter). Their shared lead is worked out once
// per pattern (p.lead), not for each line.
func (p *pattern) holdsAny(t string) bool {
	switch {
	case p.lead != nil:
		return holdsLed(t, p.anyOf, p.lead.c, &p.lead.seconds)
	case len(p.anyOf) == 0:
		return true
	}
	return searchEach(t, p.anyOf)
}

// cannotStart reports whether no match of a ^-anchored pattern can start
// t, by its first byte or its first two: t may run on past a match (the
// head of a paragraph that a dateline form reads). False when the pattern's
// start is not known.
func (p *pattern) cannotStart(t string) bool {
	if p.start == nil {
		return false
	}
	if t == "" || !p.start.has(t[0]) {
		return true
	}
	return p.pairs != nil && !p.pairs.allows(t)
}

// cannotEnd reports whether no match of a $-anchored pattern can end t,
// by its last byte. False when the pattern's end is not known.
func (p *pattern) cannotEnd(t string) bool {
	return p.end != nil && (t == "" || !p.end.has(t[len(t)-1]))
}

// anchoredBothEnds reports whether re is ^...$ (so a match is the whole
// text), or an alternation of such branches (^a$|^b$).
func anchoredBothEnds(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpCapture:
		return anchoredBothEnds(re.Sub[0])
	case syntax.OpAlternate:
		return !slices.ContainsFunc(re.Sub, func(s *syntax.Regexp) bool { return !anchoredBothEnds(s) })
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return false
	}
	first, last := re.Sub[0].Op, re.Sub[len(re.Sub)-1].Op
	return (first == syntax.OpBeginText || first == syntax.OpBeginLine) && (last == syntax.OpEndText || last == syntax.OpEndLine)
}

// anchoredStart reports whether every match of re starts at the start of
// the text: re is ^... (not the (?m) line start), or an alternation of
// such branches.
func anchoredStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpCapture:
		return anchoredStart(re.Sub[0])
	case syntax.OpAlternate:
		return !slices.ContainsFunc(re.Sub, func(s *syntax.Regexp) bool { return !anchoredStart(s) })
	case syntax.OpConcat:
		return len(re.Sub) >= 2 && re.Sub[0].Op == syntax.OpBeginText
	}
	return false
}

// maxLength returns the most bytes re can match, or -1 if there is no bound.
func maxLength(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			// (?i)k also matches U+212A KELVIN SIGN, three bytes long.
			return len(re.Rune) * utf8.UTFMax
		}
		return runesLen(re.Rune)
	case syntax.OpCharClass:
		// The class's ranges are in order: its last rune is its longest.
		if len(re.Rune) == 0 {
			return 0
		}
		return utf8.RuneLen(re.Rune[len(re.Rune)-1])
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return utf8.UTFMax
	case syntax.OpCapture:
		return maxLength(re.Sub[0])
	case syntax.OpQuest:
		return maxLength(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 {
			return -1
		}
		n := maxLength(re.Sub[0])
		if n < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat:
		total := 0
		for _, s := range re.Sub {
			n := maxLength(s)
			if n < 0 {
				return -1
			}
			total += n
		}
		return total
	case syntax.OpAlternate:
		most := 0
		for _, s := range re.Sub {
			n := maxLength(s)
			if n < 0 {
				return -1
			}
			most = max(most, n)
		}
		return most
	}
	return -1 // star, plus
}

// runesLen returns how many bytes the UTF-8 form of rs takes: a literal's
// length, matched as written (no case folding).
func runesLen(rs []rune) int {
	n := 0
	for _, r := range rs {
		n += utf8.RuneLen(r)
	}
	return n
}

// minLength returns the fewest bytes a match of re holds. An invalid
// UTF-8 byte of the text is matched as U+FFFD, one byte long: a class that
// holds U+FFFD (or any character) may match one byte.
func minLength(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return len(re.Rune) // a fold of a rune is at least one byte
		}
		return runesLen(re.Rune)
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0 // matches nothing; no bound worth keeping
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= utf8.RuneError && utf8.RuneError <= re.Rune[i+1] {
				return 1
			}
		}
		return utf8.RuneLen(re.Rune[0]) // the ranges are in order: the first rune is the shortest
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minLength(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minLength(re.Sub[0])
	case syntax.OpConcat:
		total := 0
		for _, s := range re.Sub {
			total += minLength(s)
		}
		return total
	case syntax.OpAlternate:
		least := -1
		for _, s := range re.Sub {
			if n := minLength(s); least < 0 || n < least {
				least = n
			}
		}
		return max(least, 0)
	}
	return 0 // empty-width assertions, star, quest
}

// absentFrom reports whether the pattern cannot match anywhere in s, whose
// byte pairs pairs holds.
func (p *pattern) absentFrom(s string, pairs *bigrams) bool {
	return p.lit != "" && (!pairs.mayContainRare(p.lit, p.rare) || !strings.Contains(s, p.lit))
}

// requiredLiteral returns the longest case-sensitive literal that every match
// of re contains, or "".
func requiredLiteral(re *syntax.Regexp) string {
	return longestRequired(re, func(lit *syntax.Regexp) string {
		if lit.Flags&syntax.FoldCase != 0 {
			return ""
		}
		return string(lit.Rune)
	})
}

// longestRequired returns the longest of the strings leaf gives for the
// literals every match of re holds (through captures, pluses, repeats of
// one or more and concatenations), or "".
func longestRequired(re *syntax.Regexp, leaf func(lit *syntax.Regexp) string) string {
	switch re.Op {
	case syntax.OpLiteral:
		return leaf(re)
	case syntax.OpCapture, syntax.OpPlus:
		return longestRequired(re.Sub[0], leaf)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return longestRequired(re.Sub[0], leaf)
		}
	case syntax.OpConcat:
		best := ""
		for _, s := range re.Sub {
			if l := longestRequired(s, leaf); len(l) > len(best) {
				best = l
			}
		}
		return best
	}
	return ""
}
