package clean

import (
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// A pattern anchored at the end of the text (...$) can only match a text
// whose last byte one of its matches ends with. Most whole-line patterns
// end with a digit, a letter of a name or a word ("Read: 429", "Reuters"),
// while the prose blocks a page is made of end with a full stop or a
// quote: one byte test turns them down before any substring search over
// the block. The set is worked out from the parsed expression the first
// time a pattern needs it (see lazyRegexp.ends).

// endBytes returns the bytes a match of re can end with, when re is
// anchored at the end of the text (...$ or \z, not the (?m) line end, or an
// alternation of such branches) and every match holds at least one byte;
// nil otherwise.
func endBytes(re *syntax.Regexp) *byteSet {
	if !anchoredEnd(re) {
		return nil
	}
	set := new(byteSet)
	// The $ itself matches the empty string: lastBytes goes on before it.
	if nullable, ok := lastBytes(re, set); !ok || nullable {
		return nil
	}
	return set
}

// anchoredEnd reports whether every match of re ends at the end of the
// text.
func anchoredEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpCapture:
		return anchoredEnd(re.Sub[0])
	case syntax.OpAlternate:
		return !slices.ContainsFunc(re.Sub, func(s *syntax.Regexp) bool { return !anchoredEnd(s) })
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredEnd(re.Sub[len(re.Sub)-1])
	}
	return false
}

// lastBytes adds to set the bytes a match of re can end with. nullable
// says re can match the empty string (so what comes before it may end the
// match); ok is false when the bytes cannot be told (any character).
func lastBytes(re *syntax.Regexp, set *byteSet) (nullable, ok bool) {
	return edgeBytes(re, set, true)
}

// addLastBytes adds the last bytes of the UTF-8 encodings of runes lo to
// hi: an ASCII rune is its own byte, and a longer one ends with a
// continuation byte. U+FFFD also stands for an invalid byte of the text,
// which may be any byte from 0x80 up.
func (s *byteSet) addLastBytes(lo, hi rune) {
	for r := lo; r <= min(hi, utf8.RuneSelf-1); r++ {
		s.add(byte(r))
	}
	if hi < utf8.RuneSelf {
		return
	}
	// Bytes 0x80 to 0xbf are the set's third word, 0xc0 to 0xff its
	// fourth: a class of hundreds of ranges (\p{L}) sets them at once.
	s[2] = ^uint64(0)
	if lo <= utf8.RuneError && utf8.RuneError <= hi {
		s[3] = ^uint64(0)
	}
}
