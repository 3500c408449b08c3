package clean

import "unicode/utf8"

// dispatchRunes are the runes past ASCII an alternative of an altDispatch
// may open with, as ranges, so that a line whose alternative would open
// with another rune past ASCII spares its group's compile: textCall's
// group of the byte E2 ("keep up ...", "kontakt", "[$€£]\s?\d ...": the
// Kelvin sign and the euro sign open with E2) compiled on 139 of 1,683
// one-page processes and matched on none, for lines opening with a
// curly quote, a dash or a bullet (E2 too), which \W lets stand before
// an alternative. The rune is the regexp package's: U+FFFD for a byte
// that is not UTF-8.
type dispatchRunes struct {
	ranges  [][2]rune // lo, hi: each past ASCII
	unknown bool      // some alternative may open with any rune
}

// addLetter adds the runes past ASCII that fold, in (?i), to the ASCII
// letter c (lower case) an alternative opens with: the Kelvin sign for k
// and the long s for s (see letterStarts).
func (r *dispatchRunes) addLetter(c byte) {
	switch c {
	case 'k':
		r.add('\u212a', '\u212a')
	case 's':
		r.add('\u017f', '\u017f')
	}
}

// add adds the part of lo..hi past ASCII, once.
func (r *dispatchRunes) add(lo, hi rune) {
	lo = max(lo, utf8.RuneSelf)
	if lo > hi {
		return
	}
	for _, e := range r.ranges {
		if e[0] <= lo && hi <= e[1] {
			return
		}
	}
	r.ranges = append(r.ranges, [2]rune{lo, hi})
}

// mayOpen reports whether some alternative may open with c, a rune past
// ASCII.
func (r *dispatchRunes) mayOpen(c rune) bool {
	if r.unknown {
		return true
	}
	for _, e := range r.ranges {
		if e[0] <= c && c <= e[1] {
			return true
		}
	}
	return false
}
