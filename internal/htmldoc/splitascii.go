package htmldoc

import "strings"

// splitWordsASCII is SplitWords for a value of ASCII bytes only (nearly
// every class and id): the same tokens, read a byte at a time, without
// SplitWords' rune decoding and Unicode class tables.
func splitWordsASCII(s string, dst []string) []string {
	start := -1 // the current token's first byte; -1 between tokens
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isAlnumASCII(c) {
			if start >= 0 {
				dst = appendWord(dst, s[start:i])
				start = -1
			}
			continue
		}
		if start >= 0 && isUpperASCII(c) {
			// fooBar -> foo|Bar; HTMLParser -> HTML|Parser (s[i-1] is the
			// token's previous byte)
			prev, next := s[i-1], byte(0)
			if i+1 < len(s) {
				next = s[i+1]
			}
			if isLowerASCII(prev) || isDigitASCII(prev) || isUpperASCII(prev) && isLowerASCII(next) {
				dst = appendWord(dst, s[start:i])
				start = i
			}
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = appendWord(dst, s[start:])
	}
	return dst
}

// appendWord appends tok, lower-cased, to dst unless it is all digits or
// dst holds maxWords already.
func appendWord(dst []string, tok string) []string {
	tok = strings.ToLower(tok)
	if !allUnicodeDigits(tok) && len(dst) < maxWords {
		dst = append(dst, tok)
	}
	return dst
}

func isAlnumASCII(c byte) bool { return isLowerASCII(c) || isUpperASCII(c) || isDigitASCII(c) }
func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
func isDigitASCII(c byte) bool { return '0' <= c && c <= '9' }
