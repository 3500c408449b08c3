package uchar

import (
	"unicode"
	"unicode/utf8"
)

// CyrillicOrGreekOnly reports whether s is written in the letters of one
// script, Cyrillic or Greek, and spaces: the scripts whose papers set
// their names in sentence case ("Городские вести", "Новая газета"), so a
// second word opening lower case is still the name's. Packages clean
// (a <title>'s site name) and extract (a flattened page's <title> line)
// both read such names.
func CyrillicOrGreekOnly(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	script := unicode.Cyrillic
	if !unicode.Is(script, r) {
		script = unicode.Greek
	}
	for _, r := range s {
		if r != ' ' && !unicode.Is(script, r) {
			return false
		}
	}
	return s != ""
}
