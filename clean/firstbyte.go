package clean

import (
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// byteSet is a set of byte values.
type byteSet [4]uint64

func (s *byteSet) add(b byte)      { s[b>>6] |= 1 << (b & 63) }
func (s *byteSet) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }

// addRunes adds the first bytes of the UTF-8 encodings of runes lo to hi:
// the first byte grows with the rune, so they are the bytes between lo's
// and hi's.
func (s *byteSet) addRunes(lo, hi rune) {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], lo)
	from := buf[0]
	utf8.EncodeRune(buf[:], hi)
	for b := int(from); b <= int(buf[0]); b++ {
		s.add(byte(b))
	}
}

// startBytes returns the bytes a match of the pattern tree re can start
// with, when re is anchored at the start of the text (^..., or ^a|^b) and every match
// holds at least one byte; nil otherwise. A line whose first byte is not in
// the set cannot match, which a byte test tells faster than the regexp.
func startBytes(re *syntax.Regexp) *byteSet {
	if !anchoredStart(re) {
		return nil
	}
	set := new(byteSet)
	// The ^ itself matches the empty string: firstBytes goes on past it.
	if nullable, ok := firstBytes(re, set); !ok || nullable {
		return nil
	}
	return set
}

// firstBytes adds to set the bytes a match of re can start with. nullable
// says re can match the empty string (so what follows it may start the
// match); ok is false when the bytes cannot be told (any character).
func firstBytes(re *syntax.Regexp, set *byteSet) (nullable, ok bool) {
	return edgeBytes(re, set, false)
}

// edgeBytes adds to set the bytes a match of re can start with, or end
// with when last is set.
func edgeBytes(re *syntax.Regexp, set *byteSet, last bool) (nullable, ok bool) {
	add := set.addRunes
	if last {
		add = set.addLastBytes
	}
	return edgeRunes(re, last, add)
}

// edgeRunes calls add with each range of runes a match of re can start
// with, or end with when last is set: the walk is the same from either
// edge, only the literal's rune and the order of a concatenation differ.
// nullable says re can match the empty string (so what stands beside it
// may open the match); ok is false when the runes cannot be told (any
// character).
func edgeRunes(re *syntax.Regexp, last bool, add func(lo, hi rune)) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		r := re.Rune[0]
		if last {
			r = re.Rune[len(re.Rune)-1]
		}
		add(r, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				add(f, f)
			}
		}
		return false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			add(re.Rune[i], re.Rune[i+1])
		}
		return false, true
	case syntax.OpCapture, syntax.OpPlus:
		return edgeRunes(re.Sub[0], last, add)
	case syntax.OpStar, syntax.OpQuest:
		_, ok := edgeRunes(re.Sub[0], last, add)
		return true, ok
	case syntax.OpRepeat:
		n, ok := edgeRunes(re.Sub[0], last, add)
		return n || re.Min == 0, ok
	case syntax.OpConcat:
		for i := range re.Sub {
			s := re.Sub[i]
			if last {
				s = re.Sub[len(re.Sub)-1-i]
			}
			n, ok := edgeRunes(s, last, add)
			if !ok || !n {
				return false, ok
			}
		}
		return true, true
	case syntax.OpAlternate:
		nullable := false
		for _, s := range re.Sub {
			n, ok := edgeRunes(s, last, add)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false // any character
}

// startPairs holds the first two bytes of every match of a ^-anchored
// pattern: a byte of one if a match can be that one byte, else the match's
// first two bytes in two. It sharpens startBytes where a pattern's first
// byte is common (a month name starts with J, F, M, A, S, O, N or D, as do
// many lines): few lines start with one of its pairs.
type startPairs struct {
	one byteSet
	two []uint16 // sorted
}

// allows reports whether a match may start t.
func (s *startPairs) allows(t string) bool {
	if t == "" {
		return false
	}
	if s.one.has(t[0]) {
		return true
	}
	if len(t) < 2 {
		return false
	}
	return hasPair(s.two, uint16(t[0])<<8|uint16(t[1]))
}

// hasPair reports whether the sorted pairs hold pair: slices.BinarySearch
// written out for the one type, which the compiler keeps in the caller's
// loop (skip asks it for most lines a ^-anchored pattern may start).
func hasPair(pairs []uint16, pair uint16) bool {
	lo, hi := 0, len(pairs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if pairs[mid] < pair {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo < len(pairs) && pairs[lo] == pair
}

// maxPrefixes bounds the sets prefixes builds: a pattern whose matches
// start in more ways than this gets no pair filter.
const maxPrefixes = 1024

// newStartPairs returns the start pairs of the pattern tree re, when re is
// anchored at the start of the text, every match holds at least one byte,
// and the pairs can be told and are few; nil otherwise.
func newStartPairs(re *syntax.Regexp) *startPairs {
	if !anchoredStart(re) {
		return nil
	}
	set, ok := prefixes(re) // ^ adds the empty string
	if !ok || slices.Contains(set, "") {
		return nil
	}
	s := new(startPairs)
	for _, p := range set {
		if len(p) == 1 {
			s.one.add(p[0])
		} else {
			s.two = append(s.two, uint16(p[0])<<8|uint16(p[1]))
		}
	}
	slices.Sort(s.two)
	s.two = slices.Compact(s.two)
	return s
}

// prefixes returns the strings of at most two bytes that the matches of re
// start with: a match's first two bytes, or the whole match if it is
// shorter. ok is false when they cannot be told (any character, a large
// class, U+FFFD, which also stands for an invalid byte) or are more than
// maxPrefixes. The set may hold more than the matches need, never less.
func prefixes(re *syntax.Regexp) (set []string, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpLiteral:
		set = []string{""}
		for _, r := range re.Rune {
			runes := []rune{r}
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					runes = append(runes, f)
				}
			}
			next, ok := runePrefixes(runes)
			if !ok {
				return nil, false
			}
			if set, ok = concatPrefixes(set, next); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpCharClass:
		var runes []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxPrefixes || len(runes) > maxPrefixes {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				runes = append(runes, r)
			}
		}
		return runePrefixes(runes)
	case syntax.OpCapture:
		return prefixes(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		return repeatPrefixes(re)
	case syntax.OpConcat:
		set = []string{""}
		for _, s := range re.Sub {
			if allTwoBytes(set) {
				break // the parts after cannot change a match's first two bytes
			}
			next, ok := prefixes(s)
			if !ok {
				return nil, false
			}
			if set, ok = concatPrefixes(set, next); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			next, ok := prefixes(s)
			if !ok {
				return nil, false
			}
			set = append(set, next...)
		}
		return dedupPrefixes(set)
	}
	return nil, false // any character
}

// allTwoBytes reports whether every prefix in set holds two bytes, so that
// what a concatenation adds after it cannot change the set.
func allTwoBytes(set []string) bool {
	for _, p := range set {
		if len(p) < 2 {
			return false
		}
	}
	return true
}

// repeatPrefixes is prefixes for x*, x+, x? and x{n,m}: two bytes are
// covered by the empty string (when x may be absent), one x, or two.
func repeatPrefixes(re *syntax.Regexp) ([]string, bool) {
	if re.Op == syntax.OpRepeat && re.Max == 0 {
		return []string{""}, true
	}
	one, ok := prefixes(re.Sub[0])
	if !ok {
		return nil, false
	}
	set := slices.Clone(one)
	if re.Op != syntax.OpQuest && !(re.Op == syntax.OpRepeat && re.Max == 1) {
		two, ok := concatPrefixes(one, one)
		if !ok {
			return nil, false
		}
		set = append(set, two...)
	}
	if re.Op == syntax.OpStar || re.Op == syntax.OpQuest || re.Op == syntax.OpRepeat && re.Min == 0 {
		set = append(set, "")
	}
	return dedupPrefixes(set)
}

// runePrefixes is the set of the first two bytes of each rune's encoding.
func runePrefixes(runes []rune) ([]string, bool) {
	set := make([]string, 0, len(runes))
	var buf [utf8.UTFMax]byte
	for _, r := range runes {
		if r == utf8.RuneError || !utf8.ValidRune(r) {
			return nil, false
		}
		n := utf8.EncodeRune(buf[:], r)
		set = append(set, string(buf[:min(n, 2)]))
	}
	return dedupPrefixes(set)
}

// concatPrefixes is the prefix set of a match of a followed by one of b.
func concatPrefixes(a, b []string) ([]string, bool) {
	var set []string
	for _, x := range a {
		if len(x) >= 2 {
			set = append(set, x)
			continue
		}
		for _, y := range b {
			xy := x + y
			set = append(set, xy[:min(len(xy), 2)])
		}
		if len(set) > 4*maxPrefixes {
			return nil, false
		}
	}
	return dedupPrefixes(set)
}

// dedupPrefixes sorts and compacts set; ok is false if it is too large.
func dedupPrefixes(set []string) ([]string, bool) {
	slices.Sort(set)
	set = slices.Compact(set)
	return set, len(set) <= maxPrefixes
}
