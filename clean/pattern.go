package clean

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// pattern is a compiled rule pattern with the longest literal every match
// must contain. A page that lacks the literal is skipped with one substring
// search instead of a regexp run per line.
type pattern struct {
	re     *regexp.Regexp
	lit    string   // "" when the pattern has no required literal
	maxLen int      // the longest text a whole-line (^...$) pattern can match; -1 if unbounded
	start  *byteSet // the bytes a match of a ^-anchored pattern starts with; nil if not known
}

func compilePattern(expr string) (pattern, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return pattern{}, err
	}
	p := pattern{re: re, maxLen: -1}
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		tree = tree.Simplify()
		p.lit = requiredLiteral(tree)
		if anchoredBothEnds(tree) {
			p.maxLen = maxLength(tree)
		}
		p.start = startBytes(tree)
	}
	return p, nil
}

// skip reports whether the pattern cannot match a block of text t: t is
// longer than any match, starts with a byte no match starts with, or lacks
// the literal every match holds. The tests cost far less than running the
// regexp over a short line.
func (p pattern) skip(t string) bool {
	return p.maxLen >= 0 && len(t) > p.maxLen ||
		p.start != nil && (t == "" || !p.start.has(t[0])) ||
		p.lit != "" && !strings.Contains(t, p.lit)
}

// anchoredBothEnds reports whether re is ^...$ (so a match is the whole text).
func anchoredBothEnds(re *syntax.Regexp) bool {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return false
	}
	first, last := re.Sub[0].Op, re.Sub[len(re.Sub)-1].Op
	return (first == syntax.OpBeginText || first == syntax.OpBeginLine) && (last == syntax.OpEndText || last == syntax.OpEndLine)
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
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
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

// absentFrom reports whether the pattern cannot match anywhere in s, whose
// byte pairs pairs holds.
func (p pattern) absentFrom(s string, pairs *bigrams) bool {
	return p.lit != "" && (!pairs.mayContain(p.lit) || !strings.Contains(s, p.lit))
}

// requiredLiteral returns the longest case-sensitive literal that every match
// of re contains, or "".
func requiredLiteral(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return ""
		}
		return string(re.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiteral(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiteral(re.Sub[0])
		}
	case syntax.OpConcat:
		best := ""
		for _, s := range re.Sub {
			if l := requiredLiteral(s); len(l) > len(best) {
				best = l
			}
		}
		return best
	}
	return ""
}
