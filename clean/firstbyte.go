package clean

import (
	"regexp/syntax"
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
// with, when re is anchored at the start of the text (^...) and every match
// holds at least one byte; nil otherwise. A line whose first byte is not in
// the set cannot match, which a byte test tells faster than the regexp.
func startBytes(re *syntax.Regexp) *byteSet {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	set := new(byteSet)
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}
	if nullable, ok := firstBytes(rest, set); !ok || nullable {
		return nil
	}
	return set
}

// firstBytes adds to set the bytes a match of re can start with. nullable
// says re can match the empty string (so what follows it may start the
// match); ok is false when the bytes cannot be told (any character).
func firstBytes(re *syntax.Regexp, set *byteSet) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		r := re.Rune[0]
		set.addRunes(r, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				set.addRunes(f, f)
			}
		}
		return false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			set.addRunes(re.Rune[i], re.Rune[i+1])
		}
		return false, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		_, ok := firstBytes(re.Sub[0], set)
		return true, ok
	case syntax.OpRepeat:
		n, ok := firstBytes(re.Sub[0], set)
		return n || re.Min == 0, ok
	case syntax.OpConcat:
		for _, s := range re.Sub {
			n, ok := firstBytes(s, set)
			if !ok || !n {
				return false, ok
			}
		}
		return true, true
	case syntax.OpAlternate:
		nullable := false
		for _, s := range re.Sub {
			n, ok := firstBytes(s, set)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false // any character
}
