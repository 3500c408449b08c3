package clean

// mayBeCommentCount reports whether s may match commentCount: its first
// ASCII word byte (\w), past the marks and runes past ASCII that \W
// takes, opens figures, a space and a c or an r ("3 comments", "12
// replies"), or is a c before a digit ("Comments (12)"; no rune past
// ASCII folds to c or r). A dated line ("March 3, 2024"), a reading time
// ("3 min read") or a story's short line is turned down before the
// pattern, which a one-page process then need not compile.
func mayBeCommentCount(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isWordByte(c) {
			continue
		}
		if c|0x20 == 'c' {
			return digitByteIn(s[i:])
		}
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		return j > i && j+1 < len(s) && s[j] == ' ' && (s[j+1]|0x20 == 'c' || s[j+1]|0x20 == 'r')
	}
	return false
}
