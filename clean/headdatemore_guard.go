package clean

import "strings"

// mayOpenBylineStrip reports whether s may match bylineStrip: after its
// leading bytes that are no ASCII word's (\W), it opens with one of the
// strip's words ("By", "von", "Written by"), in any case, and white
// space. A line with "ſ" before its first word's byte is let through: the
// regexp may read "ſtory" there. Most date lines near a title open with no
// such word: turning them down spares bylineStrip's compile.
func mayOpenBylineStrip(s string) bool {
	i := 0
	for i < len(s) && !isWordByte(s[i]) {
		i++
	}
	if strings.Contains(s[:i], "ſ") {
		return true
	}
	rest := s[i:]
	for _, w := range [...]string{"written", "words", "posted", "story"} {
		n := prefixFoldLen(rest, w)
		if n < 0 || n == len(rest) || !isRegexpSpace(rest[n]) {
			continue
		}
		for n < len(rest) && isRegexpSpace(rest[n]) {
			n++
		}
		if opensStripLabel(rest[n:]) {
			return true
		}
	}
	return opensStripLabel(rest)
}

// opensStripLabel reports whether s opens, in any case, with one of
// bylineStrip's words for "by" and white space.
func opensStripLabel(s string) bool {
	for _, w := range [...]string{"by", "von", "por", "par", "door", "av", "przez"} {
		if n := prefixFoldLen(s, w); n >= 0 && n < len(s) && isRegexpSpace(s[n]) {
			return true
		}
	}
	return false
}
