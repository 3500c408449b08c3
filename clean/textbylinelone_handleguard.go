package clean

import (
	"unicode"
	"unicode/utf8"
)

// mayHoldHandleBy reports whether s may match handleBy: it holds "By" or
// "by" at its start or after white space, maybe a colon, white space, and
// a lower-case letter, as the pattern's handle opens. Most dated lines a
// byline stage reads sign with a name ("By Jane Doe") or not at all:
// turning them down spares a one-page process the pattern's compile.
func mayHoldHandleBy(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] != 'y' || s[i-1] != 'B' && s[i-1] != 'b' || i >= 2 && !isASCIISpaceByte(s[i-2]) {
			continue
		}
		j := i + 1
		if j < len(s) && s[j] == ':' {
			j++
		}
		k := j
		for k < len(s) && isASCIISpaceByte(s[k]) {
			k++
		}
		if r, _ := utf8.DecodeRuneInString(s[k:]); k > j && unicode.IsLower(r) {
			return true
		}
	}
	return false
}
