package extract

import "bytes"

// relativeMaybe reports whether line (trimmed, at most 48 bytes: as
// relativeAt reads it) may match [relativeLine], a cheap test run before
// the large pattern. Every form the pattern matches holds an ASCII digit,
// a byte past ASCII (another script's word or digit, "há", "för",
// "önce"), or, in ASCII alone, ends on a word of "ago" ("a week ago", "an
// hourago", "one day geleden", "en uge siden") or holds a word that opens
// an age followed by white space ("vor einer Woche", "Publicado:hace una
// hora", "il  y a une heure"). The words are looked for in a lower-case
// copy on the stack where every run of white space or colons is one
// blank, and with nothing asked of what comes before them (a label may be
// glued on, "publicadohace"): a false is certain.
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
	b := buf[:0]
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\v' || c == ':':
			if len(b) > 0 && b[len(b)-1] == ' ' {
				continue
			}
			c = ' '
		}
		b = append(b, c)
	}
	b = bytes.TrimRight(b, ". ")
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
// "sedan"), and those that open one ("vor", "hace") with the blank the
// pattern asks after them, in lower case: relativeMaybe looks for them in
// a line of ASCII alone.
var (
	relativeAgoWords  = [...]string{"ago", "fa", "geleden", "temu", "lalu", "sitten", "sedan", "siden"}
	relativeOpenWords = [...]string{"vor ", "hace ", "il y a ", "acum "}
)
