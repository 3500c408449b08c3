package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylineHeadScan matches bylineHeadExpr by a scan: compiling the regexp
// cost 2M instructions a process (five copies of \p{L}'s ranges parsed and
// sorted), more than most pages' byline tests. The scan tries the
// pattern's ways in the order the regexp's leftmost-first search does, so
// it finds the match and the names the regexp finds (TestBylineHeadScan):
// the label at the line's start, then after one to 41 words' runes and a
// white space (the lazy run before the label), then a colon label; where
// a label fits, the names' runs are each the longest (nothing follows the
// names, so the regexp's first way through them is the greedy one).
type bylineHeadScan struct{}

// bylineHeadGate turns down a text opening with an ASCII byte no match
// opens with (bylineHeadStarts).
var bylineHeadGate = func() *byteSet {
	set := new(byteSet)
	for i := 0; i < len(bylineHeadStarts); i++ {
		set.add(bylineHeadStarts[i])
	}
	return set
}()

// MatchString reports whether bylineHeadExpr matches s.
func (bylineHeadScan) MatchString(s string) bool {
	from, _ := bylineHeadFind(s)
	return from >= 0
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex for
// bylineHeadExpr: the match (from the start) and its group, the names.
func (bylineHeadScan) FindStringSubmatchIndex(s string) []int {
	from, to := bylineHeadFind(s)
	if from < 0 {
		return nil
	}
	return []int{0, to, from, to}
}

// bylineHeadLabels are the labels of bylineHeadExpr's first way, in its
// order, matched in any case; "contributor" takes an optional "s" and a
// colon (contributorsLabel).
var bylineHeadLabels = []string{"by", "story by", "written by", "posted by", "published by", "words by",
	"author:", "authors:", "autor:", contributorsLabel, "von", "par", "por", "av", "door"}

const contributorsLabel = "contributors?:"

// bylineHeadColonLabels are the labels of its second way, a colon after them.
var bylineHeadColonLabels = []string{"words", "text", "writer", "byline"}

// bylineHeadFind returns where bylineHeadExpr's names run in s; -1, -1
// when it does not match.
func bylineHeadFind(s string) (from, to int) {
	if s == "" || s[0] < utf8.RuneSelf && !bylineHeadGate.has(s[0]) {
		return -1, -1
	}
	if from, to = bylineLabelAt(s, 0); from >= 0 {
		return from, to
	}
	// (?:[ ,.|•·–—\-\p{N}\p{L}]{0,40}?\s): the fewest runes first
	for i, k := 0, 0; k <= 40; k++ {
		if i < len(s) && isRESpace(s[i]) {
			if from, to = bylineLabelAt(s, i+1); from >= 0 {
				return from, to
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 0 || !isBylineLeadRune(r) {
			break
		}
		i += n
	}
	for _, l := range bylineHeadColonLabels {
		if e := foldPrefix(s, 0, l); e >= 0 {
			if j := skipRESpace(s, e); j < len(s) && s[j] == ':' {
				j = skipRESpace(s, j+1)
				if to = bylineNamesEnd(s, j); to >= 0 {
					return j, to
				}
			}
		}
	}
	return -1, -1
}

// bylineLabelAt tries bylineHeadExpr's first way at q: a label, white
// space around an optional colon, the names; or "By" and the names glued
// to it.
func bylineLabelAt(s string, q int) (from, to int) {
	for _, l := range bylineHeadLabels {
		e := -1
		if l == contributorsLabel {
			if e = foldPrefix(s, q, "contributor"); e >= 0 {
				if e2 := foldPrefix(s, e, "s:"); e2 >= 0 {
					e = e2
				} else if e < len(s) && s[e] == ':' {
					e++
				} else {
					e = -1
				}
			}
		} else {
			e = foldPrefix(s, q, l)
		}
		if e < 0 {
			continue
		}
		// \s*:?\s+ and a name: only the longest runs of space can put
		// the name on a letter.
		j := skipRESpace(s, e)
		if j < len(s) && s[j] == ':' {
			if k := skipRESpace(s, j+1); k > j+1 {
				if to = bylineNamesEnd(s, k); to >= 0 {
					return k, to
				}
			}
		} else if j > e {
			if to = bylineNamesEnd(s, j); to >= 0 {
				return j, to
			}
		}
	}
	if strings.HasPrefix(s[q:], "By") {
		if to = bylineNamesEnd(s, q+2); to >= 0 {
			return q + 2, to
		}
	}
	return -1, -1
}

// bylineNamesEnd returns where bylineNamesRE's match from i ends; -1 when
// s[i:] does not open with an upper-case letter (every other part of the
// names is optional).
func bylineNamesEnd(s string, i int) int {
	p := upperThen(s, i, isBylineNameRune)
	if p < 0 {
		return -1
	}
	// (?:\s+(?:(?:van|von|...)\s+){0,2}\p{Lu}['\-.’\p{L}]*){0,4}
	for range 4 {
		q := skipRESpace(s, p)
		if q == p {
			break
		}
		for range 2 {
			e := nameParticleAt(s, q)
			if e < 0 {
				break
			}
			q = e
		}
		e := upperThen(s, q, isBylineNameRune)
		if e < 0 {
			break
		}
		p = e
	}
	// (?:\s*(?:,(?:\s*conj)?|conj)\s*\p{Lu}[...]*(?:\s+\p{Lu}[...]*){0,3}){0,3}
	for range 3 {
		q := skipRESpace(s, p)
		e := -1
		if q < len(s) && s[q] == ',' {
			if c := nameConjAt(s, skipRESpace(s, q+1)); c >= 0 {
				e = upperThen(s, skipRESpace(s, c), isBylineNameRune)
			}
			if e < 0 {
				e = upperThen(s, skipRESpace(s, q+1), isBylineNameRune)
			}
		} else if c := nameConjAt(s, q); c >= 0 {
			e = upperThen(s, skipRESpace(s, c), isBylineNameRune)
		}
		if e < 0 {
			break
		}
		for range 3 {
			t := skipRESpace(s, e)
			if t == e {
				break
			}
			g := upperThen(s, t, isBylineNameRune)
			if g < 0 {
				break
			}
			e = g
		}
		p = e
	}
	return p
}

// bylineParticles are the particles bylineNamesRE lets stand before a
// surname, in its order.
var bylineParticles = []string{"van", "von", "de", "der", "den", "la", "le", "da", "dos", "du", "di", "del", "los", "las", "bin", "al", "ibn"}

// bylineHyphenParticles are the Arabic article's spellings bylineNamesRE
// lets stand glued by a hyphen before a surname ("Ahmed al-Rashid").
var bylineHyphenParticles = []string{"al-", "el-"}

// nameParticleAt returns where the white space after a particle at i
// ends, or where a hyphened particle at i ends ([bylineHyphenParticles]);
// -1 when neither stands there.
func nameParticleAt(s string, i int) int {
	for _, w := range bylineParticles {
		if e := i + len(w); e < len(s) && isRESpace(s[e]) && s[i:e] == w {
			return skipRESpace(s, e)
		}
	}
	for _, w := range bylineHyphenParticles {
		if strings.HasPrefix(s[i:], w) {
			return i + len(w)
		}
	}
	return -1
}

// bylineConjs are the words bylineNamesRE joins names with, each a whole
// word (\b on both sides).
var bylineConjs = []string{"and", "und", "et", "y"}

// nameConjAt returns the end of the "&" or the joining word at i; -1 when
// none stands there.
func nameConjAt(s string, i int) int {
	if i < len(s) && s[i] == '&' {
		return i + 1
	}
	for _, w := range bylineConjs {
		if e := i + len(w); e <= len(s) && s[i:e] == w && reWordBoundary(s, i) && reWordBoundary(s, e) {
			return e
		}
	}
	return -1
}

// reWordBoundary reports whether \b holds at i: one side of it an ASCII
// word byte (\w), the other not.
func reWordBoundary(s string, i int) bool {
	before := i > 0 && isREWordByte(s[i-1])
	after := i < len(s) && isREWordByte(s[i])
	return before != after
}

// isREWordByte reports whether c is one of \w's bytes.
func isREWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// skipRESpace returns the end of the run of \s from i.
func skipRESpace(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// foldPrefix returns the end of lit, matched from s[i:] in any case as
// the regexp's (?i) does (a rune matches each one it folds to: "ſ" for
// "s"); -1 when it does not match there.
func foldPrefix(s string, i int, lit string) int {
	for j := 0; j < len(lit); j++ {
		if i >= len(s) {
			return -1
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !foldsTo(r, rune(lit[j])) {
			return -1
		}
		i += n
	}
	return i
}

// foldsTo reports whether r is c or one of the runes c folds to.
func foldsTo(r, c rune) bool {
	if r == c {
		return true
	}
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// isBylineNameRune reports whether r may follow a name's first letter in
// bylineNamesRE: a letter, or one of ' - . ’.
func isBylineNameRune(r rune) bool {
	return r == '\'' || r == '-' || r == '.' || r == '’' || unicode.Is(unicode.L, r)
}

// isBylineLeadRune reports whether r is in the class of the words before
// a label: a letter, a digit (\p{N}), a space or one of , . | • · – — -.
func isBylineLeadRune(r rune) bool {
	switch r {
	case ' ', ',', '.', '|', '•', '·', '–', '—', '-':
		return true
	}
	return unicode.Is(unicode.L, r) || unicode.Is(unicode.N, r)
}
