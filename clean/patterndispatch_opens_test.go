package clean

import (
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
)

// anyRune stands, in a lead of leadStrings, for a character the walk does
// not spell out (a wide class, any character, a repeat's later turns).
const anyRune = '\uFFFF'

// noLetterRune stands for a character of a wide class that holds no ASCII
// letter (\d, [0-9#]): a lead that opens with one is in no letter's group.
const noLetterRune = '\uFFFE'

// lead is a string an alternative may open with: its characters in lower
// case, and whether the alternative may end after them (ends) or goes on
// with characters not spelled (open).
type lead struct {
	s          []rune
	ends, open bool
}

// leadStrings spells the strings re may open with, each up to n
// characters, in lower case: a class of up to eight characters as each of
// them, anything wider as anyRune, a repeat's turns past its minimum and
// the first after it as anyRune too. It stops (reporting false) past
// 50,000 leads.
func leadStrings(re *syntax.Regexp, n int) ([]lead, bool) {
	out := walkLeads(re, []lead{{ends: true}}, n)
	return out, len(out) <= 50000
}

// walkLeads extends the leads that may go on (ends) by re.
func walkLeads(re *syntax.Regexp, in []lead, n int) []lead {
	var out []lead
	grow := func(f func(l lead) []lead) []lead {
		for _, l := range in {
			if !l.ends || l.open || len(l.s) >= n {
				out = append(out, l)
				continue
			}
			out = append(out, f(l)...)
		}
		return out
	}
	add := func(l lead, r rune) lead {
		return lead{s: append(append([]rune(nil), l.s...), unicode.ToLower(r)), ends: true}
	}
	wide := func(l lead) []lead { return []lead{{s: append(append([]rune(nil), l.s...), anyRune), open: true}} }
	if len(in) > 50000 {
		return in
	}
	switch re.Op {
	case syntax.OpLiteral:
		return grow(func(l lead) []lead {
			for _, r := range re.Rune {
				if len(l.s) >= n {
					break
				}
				l = add(l, r)
			}
			return []lead{l}
		})
	case syntax.OpCharClass:
		var runes []rune
		for i := 0; i+1 < len(re.Rune) && len(runes) <= 8; i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && len(runes) <= 8; r++ {
				runes = append(runes, r)
			}
		}
		if len(runes) > 8 {
			if classHasASCIILetter(re.Rune) {
				return grow(wide)
			}
			return grow(func(l lead) []lead {
				return []lead{{s: append(append([]rune(nil), l.s...), noLetterRune), open: true}}
			})
		}
		return grow(func(l lead) []lead {
			var ls []lead
			seen := map[rune]bool{}
			for _, r := range runes {
				if lr := unicode.ToLower(r); !seen[lr] {
					seen[lr] = true
					ls = append(ls, add(l, r))
				}
			}
			return ls
		})
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return grow(wide)
	case syntax.OpCapture:
		return walkLeads(re.Sub[0], in, n)
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			in = walkLeads(sub, in, n)
		}
		return in
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			out = append(out, walkLeads(sub, in, n)...)
		}
		return out
	case syntax.OpQuest:
		return append(append(out, in...), walkLeads(re.Sub[0], in, n)...)
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		lo := map[syntax.Op]int{syntax.OpStar: 0, syntax.OpPlus: 1, syntax.OpRepeat: re.Min}[re.Op]
		for range lo {
			in = walkLeads(re.Sub[0], in, n)
		}
		if re.Op == syntax.OpRepeat && re.Max == re.Min {
			return in
		}
		// the turns past the minimum: none, or one and then anything
		more := walkLeads(re.Sub[0], in, n)
		for i := range more {
			if more[i].ends && !more[i].open && len(more[i].s) < n {
				more[i] = wide(more[i])[0]
			}
		}
		return append(append(out, in...), more...)
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEndLine, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return in
	}
	return grow(wide) // an op the walk does not know: anything
}

// classHasASCIILetter reports whether a class's ranges hold an ASCII letter.
func classHasASCIILetter(ranges []rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		if lo <= 'z' && hi >= 'a' || lo <= 'Z' && hi >= 'A' {
			return true
		}
	}
	return false
}

// opensWithWord reports whether a lead opens with one of words, as
// altDispatch.mayOpen reads them ("word$": no word character after it,
// where the lead's end is the line's, the pattern's tail taking no letter).
func opensWithWord(l lead, words []string) bool {
	for _, w := range words {
		whole, solo := strings.CutSuffix(w, "$")
		wr := []rune(strings.ToLower(whole))
		if len(l.s) < len(wr) {
			continue
		}
		ok := true
		for i, r := range wr {
			if l.s[i] != r {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if !solo {
			return true
		}
		if len(l.s) == len(wr) {
			if l.ends && !l.open {
				return true
			}
			continue
		}
		if next := l.s[len(wr)]; next != anyRune && next != '_' && !unicode.IsLetter(next) && !unicode.IsDigit(next) {
			return true
		}
	}
	return false
}

// The words an altDispatch's opens gives for a letter are written by hand,
// apart from the forms: a form added to the pattern that opens otherwise
// would be passed over, and no line of a corpus need show it. Every lead of every alternative (leadStrings) whose first
// letter has words must open with one of them, compared in lower case (a
// non-ASCII letter after the first in both its cases is mayOpen's own
// test, TestDispatchOpens's edges).
func TestDispatchOpensDerived(t *testing.T) {
	for _, d := range []*altDispatch{relatedDispatch, textCallDispatch} {
		n := 0
		for c := byte('a'); c <= 'z'; c++ {
			for _, w := range d.opens(c) {
				n = max(n, len([]rune(w))+1)
			}
		}
		checked := 0
		for _, a := range topAlternatives(d.forms) {
			tree, err := syntax.Parse(`(?i)(?:`+a+`)`, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			leads, ok := leadStrings(tree.Simplify(), n)
			if !ok {
				t.Fatalf("%.40s: too many leads", a)
			}
			for _, l := range leads {
				if len(l.s) == 0 || l.s[0] == anyRune {
					t.Errorf("%.40s: may open with any character", a)
					continue
				}
				first := l.s[0]
				if first == noLetterRune || first > unicode.MaxASCII || !isASCIILetter(byte(first)) {
					continue
				}
				words := d.opens(byte(first))
				if words == nil {
					continue
				}
				checked++
				if !opensWithWord(l, words) {
					t.Errorf("%.40s: opens with %q, none of %q", a, string(l.s), words)
				}
			}
		}
		if checked == 0 {
			t.Errorf("%.30s: no alternative opens with a letter that has words", d.whole.expr)
		}
	}
}

// The lead walk spells what it should, and the word test reads "word$".
func TestLeadStrings(t *testing.T) {
	for _, c := range []struct {
		re    string
		words []string
		want  bool
	}{
		{`related (?:articles|posts)`, []string{"related "}, true},
		{`recent(?: posts)?`, []string{"recent "}, false}, // "Recent" alone
		{`copy|copied`, []string{"copy$", "copied"}, true},
		{`copy(?:right)?`, []string{"copy$"}, false},
		{`copy[a-z]+`, []string{"copy$"}, false},
		{`re\w+`, []string{"related "}, false},
		{`r.*`, []string{"related "}, false},
		{`read (?:more|next)`, []string{"read more", "read next"}, true},
		{`(?:read|see) more`, []string{"read more"}, true}, // "see" has no words: not checked
		{`\d+% of readers`, []string{"related "}, true},    // in no letter's group
	} {
		tree, err := syntax.Parse(`(?i)(?:`+c.re+`)`, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		leads, _ := leadStrings(tree.Simplify(), 12)
		got := true
		for _, l := range leads {
			if len(l.s) > 0 && (l.s[0] == 'r' || l.s[0] == 'c') && !opensWithWord(l, c.words) {
				got = false
			}
		}
		if got != c.want {
			t.Errorf("%s with %q: every lead opens with a word = %v, want %v", c.re, c.words, got, c.want)
		}
	}
}
