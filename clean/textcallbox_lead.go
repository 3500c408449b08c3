package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// callButtonCommands are the first words of callButton's alternatives: a
// match opens with one of them (in any case), after at most two runes
// that are no letter or number, and a space follows it.
var callButtonCommands = [...]string{
	"apply", "book", "buy", "shop", "order", "get", "request", "contact",
	"start", "try", "sign", "join", "explore", "calculate",
}

// callButtonLead reports whether s may match callButton: its first letter
// or number is among its first three runes and opens a word, up to the next
// space, that is one of callButtonCommands, as (?i) folds them
// (strings.EqualFold: "ſhop", with the long s, is one). A false is certain,
// and spares most pages compiling callButton (about 4M instructions, in a
// process that reads one page with a short line, as most have). A byte
// that is not UTF-8 is read as the regexp reads it, as U+FFFD: a mark.
func callButtonLead(s string) bool {
	for n := 0; n < 3 && s != ""; n++ {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			s = s[size:]
			continue
		}
		word := s
		if i := strings.IndexByte(s, ' '); i >= 0 {
			word = s[:i]
		} else {
			return false // every command has a space after it
		}
		for _, c := range callButtonCommands {
			if strings.EqualFold(word, c) {
				return true
			}
		}
		return false
	}
	return false
}
