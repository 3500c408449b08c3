package clean

import (
	"unicode"
	"unicode/utf8"
)

// textBylineVerbs are the verbs textByline opens with, in lower case.
var textBylineVerbs = [...]string{"posted", "published", "written"}

// opensTextByline reports whether s opens as textByline's lines do: one
// of textBylineVerbs in any case (a rune past ASCII read through its fold
// orbit: the long s), " by " in any case, and a capital (\p{Lu}). Most
// short lines the story detector reads open with another word, or sign
// with a word in lower case ("Written by hand"): turning them down spares
// a one-page process the pattern's compile.
func opensTextByline(s string) bool {
	for _, verb := range textBylineVerbs {
		n, ok := foldPrefixLen(s, verb)
		if !ok {
			continue
		}
		rest := s[n:]
		if len(rest) < 4 || rest[0] != ' ' || rest[1]|0x20 != 'b' || rest[2]|0x20 != 'y' || rest[3] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest[4:]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// foldPrefixLen reports whether s opens with lower, a lower-case ASCII
// word, as (?i) reads it (each rune folds to lower's byte: a rune past
// ASCII only where its simple fold orbit holds it), and the bytes of s
// that word takes.
func foldPrefixLen(s, lower string) (int, bool) {
	j := 0
	for i := 0; i < len(lower); i++ {
		if j >= len(s) {
			return 0, false
		}
		if c := s[j]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lower[i] {
				return 0, false
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !foldsToASCII(r, lower[i]) {
			return 0, false
		}
		j += n
	}
	return j, true
}
