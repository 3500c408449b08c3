package clean

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
)

// TestWideFoldLetters: the ASCII letters whose case folding takes in a rune
// past ASCII are those of wideFoldLetters, in either case.
func TestWideFoldLetters(t *testing.T) {
	for r := rune('A'); r <= 'z'; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		wide := false
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			wide = wide || f >= 0x80
		}
		if listed := strings.ContainsRune(wideFoldLetters, unicode.ToLower(r)); listed != wide {
			t.Errorf("%q: folds past ASCII %v, listed %v", r, wide, listed)
		}
	}
}

// TestFoldLiteral: the literal a pattern's every match holds as case folds,
// a rune past ASCII ending a run; none of fewer than minAnyOfLen bytes, nor for a pattern with a
// case-sensitive literal.
func TestFoldLiteral(t *testing.T) {
	for _, c := range []struct {
		expr, fold string
		wide       bool
	}{
		{`(?i)^(?:The )?views expressed in (?:opinion pieces|this article) do not reflect`, "views expressed in ", true},
		{`(?i)^thanks for reading [^.]{1,60}`, "thanks for reading ", true},
		{`(?i)\bwritten\s+by\b`, "written", false},
		{`(?i)^(?:posted|published) on\s`, "", false}, // "on", without its space: too short
		{`(?i)^\d+ comments?$`, "comment", false},
		{`(?i)caf[ée] au lait`, "au lait", false},
		{`(?i)caf\x{e9} au lait`, "au lait", false}, // é ends a run
		{`(?i)(?:news|tips)+ desk`, "desk", true},
		{`(?i)(?:ab){2,}`, "", false}, // two bytes: too short
		{`(?i)^(?:read|listen) more`, "more", false},
		{`(?i)^(?:see|view) all|^show all`, "", false}, // an alternation's branches share no literal
		{`Views expressed`, "", false},                 // a case-sensitive literal: lit, no fold
	} {
		p, err := compilePattern(c.expr)
		if err != nil {
			t.Fatal(err)
		}
		if f := p.re.fold; f.lit != c.fold || f.wide != c.wide {
			t.Errorf("%s: fold %q wide %v, want %q %v", c.expr, f.lit, f.wide, c.fold, c.wide)
		}
		want := c.fold // the package's own patterns: a long literal only
		if len(want) < minQuickFold {
			want = ""
		}
		if q := (&lazyRegexp{expr: c.expr, builtin: true}).quick(); q.fold.lit != want {
			t.Errorf("%s: the quick test's fold %q, want %q", c.expr, q.fold.lit, want)
		}
	}
}

// TestFoldAnchor: a fold literal's search jumps between the places of its
// rarest byte: a mark or a digit, else its rarest letter, the first of
// them.
func TestFoldAnchor(t *testing.T) {
	for lit, at := range map[string]uint8{"thanks for reading ": 4, "views expressed in ": 7, "a-b": 1, "editing ": 6, "on ": 1} {
		if got := foldAnchor(lit); got != at {
			t.Errorf("foldAnchor(%q) = %d, want %d", lit, got, at)
		}
	}
}

// TestMayHoldFold: the fold test keeps every text that holds the literal as
// a case-insensitive regexp finds it, and, where the literal has no letter
// that folds past ASCII, turns down every other (random texts over the
// literal's letters in both cases, the long s and the Kelvin sign, a space
// and a mark).
func TestMayHoldFold(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 66))
	for _, lit := range []string{"views expressed", " do not reflect", "keep", "thanks for reading ", "a-b", "on "} {
		re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(lit))
		var alphabet []string
		for _, r := range lit {
			alphabet = append(alphabet, string(unicode.ToLower(r)), string(unicode.ToUpper(r)))
		}
		alphabet = append(alphabet, "ſ", "\u212a", "x", " ", ".", "é")
		wide := foldsPastASCII(lit)
		for range 20000 {
			var b strings.Builder
			if rng.IntN(3) == 0 { // the literal itself, each letter in either case or folded past ASCII
				for _, r := range lit {
					switch {
					case r == 's' && rng.IntN(4) == 0:
						b.WriteString("ſ")
					case r == 'k' && rng.IntN(4) == 0:
						b.WriteString("\u212a")
					case rng.IntN(2) == 0:
						b.WriteRune(unicode.ToUpper(r))
					default:
						b.WriteRune(r)
					}
				}
			}
			for range rng.IntN(2 * len(lit)) {
				b.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
			s := b.String()
			if rng.IntN(2) == 0 {
				s = string([]rune(s)[rng.IntN(len([]rune(s))+1):]) + s
			}
			want := re.MatchString(s)
			f := foldLit{lit: lit, at: foldAnchor(lit), wide: wide}
			got := f.mayHold(s)
			if want && !got || !wide && got != want {
				t.Fatalf("mayHoldFold(%q, %q) = %v, the regexp %v", s, lit, got, want)
			}
		}
	}
}

// TestFoldPrefilterKeepsMatches: for every pattern with a fold literal (the
// package's own and the built-in rules'), random texts the regexp matches
// (walked from its parsed expression, each letter in a random spelling of
// its case folding) pass the quick test or the pattern's skip.
func TestFoldPrefilterKeepsMatches(t *testing.T) {
	rng := rand.New(rand.NewPCG(66, 7))
	var exprs []string
	for _, l := range lazyPatterns {
		if l.quick().fold.lit != "" {
			exprs = append(exprs, l.expr)
		}
	}
	rules := 0
	for _, f := range builtinFilters {
		if f.fold.lit != "" {
			exprs = append(exprs, f.expr)
			rules++
		}
	}
	if len(exprs) < 10 || rules == 0 {
		t.Fatalf("%d patterns with a fold literal, %d of the rules': the prefilter is not worked out", len(exprs), rules)
	}
	for _, expr := range exprs {
		re := regexp.MustCompile(expr)
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		tree = tree.Simplify()
		q := (&lazyRegexp{expr: expr, builtin: true}).quick()
		p, err := compilePattern(expr)
		if err != nil {
			t.Fatal(err)
		}
		matched := 0
		for range 400 {
			var b strings.Builder
			randomMatch(rng, &b, tree)
			s := b.String()
			if !re.MatchString(s) {
				continue // an assertion (\b, $) the walk broke
			}
			matched++
			if q.rejects(s) {
				t.Errorf("%s: the quick test turns down %q, a match", expr, s)
			}
			if p.skip(s) {
				t.Errorf("%s: skip turns down %q, a match", expr, s)
			}
		}
		if matched < 20 {
			t.Errorf("%s: %d random matches of 400", expr, matched)
		}
	}
}

// randomMatch writes to b a random text that re's walk takes: a literal's
// letters each in a random rune of their case folding, a class's runes
// from its ranges, repeats a random number of times (at most a few past
// the least); the empty-width assertions write nothing, so the caller
// checks the text against the regexp.
func randomMatch(rng *rand.Rand, b *strings.Builder, re *syntax.Regexp) {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 {
				for range rng.IntN(3) {
					r = unicode.SimpleFold(r)
				}
			}
			b.WriteRune(r)
		}
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return
		}
		i := 2 * rng.IntN(len(re.Rune)/2)
		lo, hi := re.Rune[i], min(re.Rune[i+1], re.Rune[i]+200)
		b.WriteRune(lo + rune(rng.IntN(int(hi-lo)+1)))
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		b.WriteByte("abc xyz.,"[rng.IntN(9)])
	case syntax.OpCapture:
		randomMatch(rng, b, re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			randomMatch(rng, b, s)
		}
	case syntax.OpAlternate:
		randomMatch(rng, b, re.Sub[rng.IntN(len(re.Sub))])
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		lo, hi := 0, 3
		switch re.Op {
		case syntax.OpPlus:
			lo = 1
		case syntax.OpQuest:
			hi = 1
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Min+3
			if re.Max >= 0 {
				hi = min(hi, re.Max)
			}
		}
		for range lo + rng.IntN(hi-lo+1) {
			randomMatch(rng, b, re.Sub[0])
		}
	}
}
