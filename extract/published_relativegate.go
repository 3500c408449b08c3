package extract

import "bytes"

// relativeMaybe reports whether line (trimmed, at most 48 bytes: as
// relativeAt reads it) may match [relativeLine], a cheap test run before
// the large pattern: every form it matches holds an ASCII digit, a byte
// past ASCII (another script's word or digit, "há", "för", "önce"), or,
// in ASCII words alone, ends on a word of "ago" ("a week ago", "one day
// geleden", "en uge siden") or holds a word that opens an age ("vor einer
// Woche", "hace una semana", "il y a une semaine", "acum un minut"). Its
// words are read in lower case from a copy on the stack.
func relativeMaybe(line string) bool {
	if len(line) > 48 {
		return false
	}
	for i := 0; i < len(line); i++ {
		if c := line[i]; c >= '0' && c <= '9' || c >= 0x80 {
			return true
		}
	}
	var buf [50]byte
	b := append(buf[:0], ' ')
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	b = bytes.TrimRight(b, ". \t\n")
	b = append(b, ' ')
	for _, w := range relativeAgoWords {
		if bytes.HasSuffix(b, []byte(w)) {
			return true
		}
	}
	for _, w := range relativeOpenWords {
		if bytes.Contains(b, []byte(w)) {
			return true
		}
	}
	return false
}

// The ASCII words of [relativeLine] that end an age ("ago", "fa",
// "sedan") or open one ("vor", "hace"), blank on either side, in lower
// case: relativeMaybe looks for them in a line of ASCII letters alone.
var (
	relativeAgoWords  = [...]string{" ago ", " fa ", " geleden ", " temu ", " lalu ", " sitten ", " sedan ", " siden "}
	relativeOpenWords = [...]string{" vor ", " hace ", " il y a ", " acum "}
)
