package clean

import "unicode/utf8"

// textPitch is anchored at the line's start, but a failed run still costs
// the backtracker's setup (a bit for every instruction at every byte) on
// each of the few hundred lines of a page that reach it. mayBePitch is its
// cheap first test: a match opens with one of the pattern's first words,
// or with one of its \W{0,2} form's words after at most two such runes.

// pitchOpeners are the words, in lower case, that every form of textPitch
// opens with, each with the space the pattern puts after it where it puts
// one.
var pitchOpeners = []string{
	"if you ", "please ", "contact ", "connect with ", "reach out to ", "talk to ", "call ",
	"get in touch with ", "speak ", "try out ", "order ", "join ", "sign up ", "subscribe ",
	"we ", "help ", "score ", "free ", "fill ",
}

// pitchAfterMarks are the openers of textPitch's form that may follow up to
// two non-word runes ("— Reach out to us!").
var pitchAfterMarks = []string{"reach out to us", "get in touch with "}

// mayBePitch reports whether s opens as a match of textPitch can: false
// means the pattern matches no prefix of s.
func mayBePitch(s string) bool {
	for _, w := range pitchOpeners {
		if opensWithFold(s, w) {
			return true
		}
	}
	i := 0
	for range 2 {
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 0 || r < utf8.RuneSelf && isWordByte(byte(r)) {
			return false // (ſ and the Kelvin sign, not \W under (?i), are let through)
		}
		i += n
		for _, w := range pitchAfterMarks {
			if opensWithFold(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// isWordByte reports whether c is an ASCII letter, digit or underscore.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// opensWithFold reports whether s opens with w as a (?i) pattern reads it:
// w is lower-case ASCII, and its s and k also match ſ and the Kelvin sign.
func opensWithFold(s, w string) bool {
	i := 0
	for j := 0; j < len(w); j++ {
		if i >= len(s) {
			return false
		}
		c, want := s[i], w[j]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != want {
				return false
			}
			i++
		case want == 's' && len(s)-i >= 2 && s[i:i+2] == "ſ":
			i += 2
		case want == 'k' && len(s)-i >= 3 && s[i:i+3] == "K":
			i += 3
		default:
			return false
		}
	}
	return true
}
