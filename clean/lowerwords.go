package clean

import "strings"

// holdsLowerWord is hasAny(strings.ToLower(s), words) for words of
// lower-case ASCII letters, without the lowered copy of an ASCII s (one
// allocation and a pass per call): the words are looked for with the
// letters' case ignored (indexFoldASCII), which on ASCII text is the same
// answer. A text with a byte past ASCII is lowered as before, where a rune
// may lower to an ASCII letter ("İ" to "i").
func holdsLowerWord(s string, words []string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return hasAny(strings.ToLower(s), words)
		}
	}
	for _, w := range words {
		if indexFoldASCII(s, w) >= 0 {
			return true
		}
	}
	return false
}
