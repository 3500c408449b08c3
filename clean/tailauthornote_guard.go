package clean

import (
	"unicode"
	"unicode/utf8"
)

// mayOpenWithName reports whether s may match noteOpensName: it opens
// with a word of a capital and one or more letters, apostrophes or
// hyphens, a space, and either a capital or a particle of one to three
// lower-case letters, a space and a capital, as the pattern's name's first
// two words do. Most lines a note reader tries are a story's ("The council
// met on Monday."): turning them down spares a one-page process the
// pattern's compile.
func mayOpenWithName(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	i, word := n, 0
	for i < len(s) {
		r, n = utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			break
		}
		i, word = i+n, word+1
	}
	if word == 0 || i >= len(s) || s[i] != ' ' {
		return false
	}
	i++
	r, n = utf8.DecodeRuneInString(s[i:])
	particle := 0
	for particle < 3 && unicode.IsLower(r) {
		i, particle = i+n, particle+1
		r, n = utf8.DecodeRuneInString(s[i:])
	}
	if particle == 0 {
		return unicode.IsUpper(r)
	}
	if r != ' ' {
		return false
	}
	r, _ = utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsUpper(r)
}
