package dateparse

import (
	"strings"
	"unicode"
)

// latinCredit reports whether a wire's short name that is also a word,
// name, printed after a dateline's dash and before a full stop, is the
// wire's credit: it is in Latin letters after a place in another script
// (latinAfterOtherScript) and the story's sentence opens after it
// ("Баку, 5 марта – Trend. В Азербайджане ...", not "... – Trend. это").
func latinCredit(place, name, after string) bool {
	return latinAfterOtherScript(place, name) && sentenceFollows(strings.TrimLeft(after, " "))
}

// latinAfterOtherScript reports whether name is written in Latin letters
// and place in another script's (Cyrillic, Greek, Armenian ...): a wire
// credited so after a dateline's dash ("Баку, 5 марта – Trend. ") is the
// wire's own name, spelt as it spells it, where a story in the place's
// language would open with a word of its own script. A short name that is
// also an English word counts then before a full stop as well as before
// a colon.
func latinAfterOtherScript(place, name string) bool {
	return onlyScript(name, unicode.Latin) && hasLetter(place) && !anyScript(place, unicode.Latin)
}

// onlyScript reports whether s has letters and all of them are of script.
func onlyScript(s string, script *unicode.RangeTable) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(script, r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// anyScript reports whether a letter of s is of script.
func anyScript(s string, script *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && unicode.Is(script, r) {
			return true
		}
	}
	return false
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
