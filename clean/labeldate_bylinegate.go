package clean

import "strings"

// bylineWords are words, in lower case, one of which every match of
// bylineHead holds (in any case): its labels ("by", "written by",
// "author:", "von", "words:") each hold one. A short line with a digit
// that no label names is tried against bylineHead by labelledDate, and most
// such lines hold none of them: turned down before the pattern (a long
// alternation after a lazy run, run on the regexp package's slower
// machine). TestBylineWordsCover checks them against the expression. No
// word holds s or k, whose case folding reaches beyond ASCII (ſ, K).
var bylineWords = [...]string{"by", "author", "autor", "contributor", "von", "par", "por", "av", "door", "word", "text", "writer"}

// mayHoldBylineWord reports whether s holds one of bylineWords, in any
// case of its ASCII letters.
func mayHoldBylineWord(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] | 0x20 {
		case 'a', 'b', 'c', 'd', 'p', 't', 'v', 'w':
		default:
			continue
		}
		for _, w := range bylineWords {
			if len(s)-i >= len(w) && w[0] == s[i]|0x20 && strings.EqualFold(s[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}
