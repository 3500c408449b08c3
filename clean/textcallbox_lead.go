package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// callButtonCommands are the first words of callButton's alternatives: a
// match opens with one of them (in any case), after at most two runes
// that are no letter or number, and a space follows it. next holds what the
// rest after that space opens with in one of the command's alternatives
// (lower case, as (?i) folds ASCII; nil: anything, the thing to explore or
// calculate): "Buy tickets online" opens like "Buy now" and matches none.
var callButtonCommands = [...]struct {
	word string
	next []string
}{
	{"apply", []string{"now", "today"}},
	{"book", []string{"now"}},
	{"buy", []string{"now"}},
	{"shop", []string{"now"}},
	{"order", []string{"now"}},
	{"get", []string{"started", "a ", "your "}},
	{"request", []string{"a ", "quote", "demo", "estimate", "call"}},
	{"contact", []string{"us"}},
	{"start", []string{"your ", "free ", "trial"}},
	{"try", []string{"it ", "for ", "free"}},
	{"sign", []string{"up"}},
	{"join", []string{"now", "today"}},
	{"explore", nil},
	{"calculate", nil},
}

// callButtonLead reports whether s may match callButton: its first letter
// or number is among its first three runes and opens a word, up to the next
// space, that is one of callButtonCommands, as (?i) folds them
// (strings.EqualFold: "ſhop", with the long s, is one), and the rest after
// that space opens with one of the command's next words (callButtonNext).
// A false is certain, and spares most pages compiling callButton (about
// 5M instructions, in a process that reads one page with a short line, as
// most have; a page's "Buy tickets online" or "Join the discussion" cost
// it before the next words were read). A byte that is not UTF-8 is read as
// the regexp reads it, as U+FFFD: a mark.
func callButtonLead(s string) bool {
	for n := 0; n < 3 && s != ""; n++ {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			s = s[size:]
			continue
		}
		word, rest, ok := strings.Cut(s, " ")
		if !ok {
			return false // every command has a space after it
		}
		for _, c := range callButtonCommands {
			if strings.EqualFold(word, c.word) {
				return callButtonNext(rest, c.next)
			}
		}
		return false
	}
	return false
}

// callButtonNext reports whether rest, the text after a command's space,
// may open with one of next (nil: anything) as (?i) folds it: in ASCII
// case, or anywhere when rest holds one of the runes past ASCII that fold
// to an ASCII letter ("ſ" to s, the Kelvin sign to k).
func callButtonNext(rest string, next []string) bool {
	if next == nil || strings.Contains(rest, "ſ") || strings.Contains(rest, "\u212a") {
		return true
	}
	return hasPrefixFoldAny(rest, next)
}
