package clean

import (
	"regexp"
	"strings"
)

// A case-insensitive pattern that looks for one of many words anywhere in
// a line, `(?i)\b(?:writer|editor|...)\b`, has no literal the regexp
// package can search for first: its matcher steps through every byte of
// the line with every word's first state alive, some 200 ns a byte on a
// writer's note of a hundred words. foldWords holds such a pattern with a
// stem of each word that one pass over the line looks for first.

// foldWords matches a line that holds one of its words as a whole word,
// in any case: the pattern (?i)\b(?:w1|w2|...)\b.
type foldWords struct {
	stems *literalSet // a stem of each word, in lower case (see foldStem)
	re    *lazyRegexp
}

// newFoldWords returns the foldWords of words (lower case, ASCII letters,
// hyphens and spaces); it panics on a word with no stem of three bytes (a
// programming error: the lists are the package's own).
func newFoldWords(words ...string) *foldWords {
	quoted := make([]string, len(words))
	stems := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
		if stems[i] = foldStem(w); len(stems[i]) < 3 {
			panic("clean: fold word with no stem of three bytes: " + w)
		}
	}
	return &foldWords{stems: newLiteralSet(stems...), re: lazyCompile(`(?i)\b(?:` + strings.Join(quoted, "|") + `)\b`)}
}

// foldStem returns the longest stretch of w that holds no "k" and no "s":
// the ASCII letters a case-insensitive regexp also matches outside ASCII
// (the Kelvin sign, the long s). Every other ASCII letter matches only
// itself in either case, so a line the pattern matches holds the stem, in
// ASCII letters of either case.
func foldStem(w string) string {
	best, from := "", 0
	for i := 0; i <= len(w); i++ {
		if i == len(w) || w[i] == 'k' || w[i] == 's' {
			if i-from > len(best) {
				best = w[from:i]
			}
			from = i + 1
		}
	}
	return best
}

// MatchString reports whether s holds one of the words as a whole word.
func (f *foldWords) MatchString(s string) bool {
	return f.stems.holdsAnyFold(s) && f.re.MatchString(s)
}

// holdsAnyFold is holdsAny with t's ASCII letters read in lower case; the
// set's literals must be in lower case.
func (s *literalSet) holdsAnyFold(t string) bool {
	for end := s.minLen - 1; end < len(t); {
		if sk := s.skip[skipIndex(lowerASCII(t[end-1]), lowerASCII(t[end]))]; sk != 0 {
			end += int(sk)
			continue
		}
		if s.atFold(t, end+1-s.minLen) {
			return true
		}
		end++
	}
	return false
}

// atFold is at with t's ASCII letters read in lower case.
func (s *literalSet) atFold(t string, i int) bool {
	if i+2 >= len(t) {
		return false
	}
	a, b, c := uint16(lowerASCII(t[i])), uint16(lowerASCII(t[i+1])), uint16(lowerASCII(t[i+2]))
	if !s.open.has(a<<8|b) || !s.second.has(b<<8|c) {
		return false
	}
	for _, l := range s.lits {
		if hasPrefixFoldASCII(t[i:], l) {
			return true
		}
	}
	return false
}

// hasPrefixFoldASCII reports whether t begins with the lower-case ASCII
// literal l, t's ASCII letters read in lower case.
func hasPrefixFoldASCII(t, l string) bool {
	if len(t) < len(l) {
		return false
	}
	for j := 0; j < len(l); j++ {
		if lowerASCII(t[j]) != l[j] {
			return false
		}
	}
	return true
}
