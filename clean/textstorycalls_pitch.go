package clean

import (
	"strings"
	"unicode/utf8"
)

// textPitch is anchored at the line's start, but a failed run still costs
// the backtracker's setup (a bit for every instruction at every byte) on
// each of the few hundred lines of a page that reach it, and the first
// such line its compile (~2.8M instructions). mayBePitch is its cheap
// first test: a match opens with one of the pattern's forms' first words
// and the words the form must set after them (mayOpenPitch), or with one
// of its \W{0,2} form's words after at most two such runes.

// pitchCalls are the calls of textPitch's first form, each followed by
// "one of our" or "our ".
var pitchCalls = [...]string{"contact ", "connect with ", "reach out to ", "talk to ", "call ", "get in touch with ", "speak to ",
	"speak with "}

// pitchAfterMarks are the openers of textPitch's form that may follow up to
// two non-word runes ("— Reach out to us!").
var pitchAfterMarks = []string{"reach out to us", "get in touch with "}

// mayBePitch reports whether s opens as a match of textPitch can: false
// means the pattern matches no prefix of s.
func mayBePitch(s string) bool {
	if mayOpenPitch(s) {
		return true
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
// w is lower-case ASCII, and its s and k also match ſ and the Kelvin sign
// ([foldPrefixLen]).
func opensWithFold(s, w string) bool {
	_, ok := foldPrefixLen(s, w)
	return ok
}

// pitchFirstByte holds the bytes a text mayOpenPitch lets through may
// open with: the first letter, in either case, of each word it tests at the
// text's start, and 0xC5, ſ's first byte (no word opens with k, the
// Kelvin sign's letter).
var pitchFirstByte = func() (t [256]bool) {
	for _, c := range []byte("itojpcrgshwf") {
		t[c], t[c-'a'+'A'] = true, true
	}
	t[0xC5] = true
	return t
}()

// mayOpenPitch reports whether s may open a match of textPitch with no
// mark before it: each form's first words, as (?i) reads them
// (prefixFoldLen), and the words the form sets after them. A line that
// opens "if you " must go on as the "if you liked this ..." form or hold,
// within 100 runes, its first comma and a space, and then the first or the
// third form's call ([^,]{0,100} holds no comma: the first one is the
// pattern's).
func mayOpenPitch(s string) bool {
	return s != "" && pitchFirstByte[s[0]] && opensPitchWords(s)
}

// opensPitchWords is mayOpenPitch past its first-byte test.
func opensPitchWords(s string) bool {
	if n := prefixFoldLen(s, "if you "); n >= 0 {
		t := s[n:]
		if opensWithAny(t, "liked ", "enjoyed ", "found ", "like ", "enjoy ") {
			return true
		}
		j := strings.IndexByte(t[:min(len(t), 4*100+1)], ',')
		if j < 0 || utf8.RuneCountInString(t[:j]) > 100 || !strings.HasPrefix(t[j:], ", ") {
			return false
		}
		return mayCallPitch(t[j+2:])
	}
	if mayCallPitch(s) || opensWithAny(s, "reach out to us", "help me ", "help us ") {
		return true
	}
	if n := prefixFoldLen(s, "sign up "); n >= 0 {
		return opensWithAny(s[n:], "for ", "to ")
	}
	if n := prefixFoldLen(s, "subscribe "); n >= 0 {
		return opensWithAny(s[n:], "for ", "to ")
	}
	if n := prefixFoldLen(s, "we "); n >= 0 {
		return opensWithAny(s[n:], "can ", "will ", "'ll ")
	}
	t := s
	if n := prefixFoldLen(t, "score "); n >= 0 {
		t = t[n:]
	}
	if n := prefixFoldLen(t, "free "); n >= 0 {
		return opensWithAny(t[n:], "shipping on ", "standard shipping on ", "express shipping on ")
	}
	t = s
	if n := prefixFoldLen(t, "please "); n >= 0 {
		t = t[n:]
	}
	if n := prefixFoldLen(t, "fill "); n >= 0 {
		return opensWithAny(t[n:], "this ", "the ", "our ", "out this ", "out the ", "out our ", "in this ", "in the ", "in our ")
	}
	return false
}

// mayCallPitch reports whether s opens with textPitch's first form after
// its "if you ...," ("please ", a call, then "one of our" or "our ") or its
// third ("try out", "order" or "join", then "our " or "my ").
func mayCallPitch(s string) bool {
	for _, w := range [...]string{"try out ", "order ", "join "} {
		if n := prefixFoldLen(s, w); n >= 0 {
			return opensWithAny(s[n:], "our ", "my ")
		}
	}
	if n := prefixFoldLen(s, "please "); n >= 0 {
		s = s[n:]
	}
	for _, c := range pitchCalls {
		if n := prefixFoldLen(s, c); n >= 0 && opensWithAny(s[n:], "one of our", "our ") {
			return true
		}
	}
	return false
}

// opensWithAny reports whether s opens with one of the lower-case ASCII
// words as (?i) reads them (prefixFoldLen).
func opensWithAny(s string, words ...string) bool {
	for _, w := range words {
		if prefixFoldLen(s, w) >= 0 {
			return true
		}
	}
	return false
}
