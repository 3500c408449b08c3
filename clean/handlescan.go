package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A login handle in lower case ("ibby", "jdoe_84", "m.rossi") signs some
// blogs' posts. It was read by the expressions `^\p{Ll}[._\-\p{Ll}\p{N}]{3,30}$`
// (a handle alone) and `^[Bb]y:?\s+(\p{Ll}[._\-\p{Ll}\p{N}]{2,30})$` (a
// byline of a handle); compiling a Unicode class thirty times over for the
// one-pass matcher cost each process that met one about 25M instructions
// (on AEB's text, more than all the other patterns' matches), so they are
// scanned by hand here, to the same answers (TestHandleScanEquiv).

// maxHandleTail is how many runes may follow a handle's first letter.
const maxHandleTail = 30

// handleTail reports whether s is minTail to maxHandleTail runes that may
// follow a handle's first letter: lower-case letters, numbers (\p{N}),
// dots, underscores and hyphens. A byte that is not UTF-8 is none.
func handleTail(s string, minTail int) bool {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
				return false
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || !unicode.IsLower(r) && !unicode.Is(unicode.N, r) {
				return false
			}
			i += size
		}
		if n++; n > maxHandleTail {
			return false
		}
	}
	return n >= minTail
}

// isHandleOf reports whether s is a lower-case letter (\p{Ll}) and then
// minTail to maxHandleTail runes of handleTail.
func isHandleOf(s string, minTail int) bool {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return false
	}
	return handleTail(s[size:], minTail)
}

// isSlotHandle reports whether s is a login handle printed alone: a
// lower-case letter, then lower-case letters, digits, dots, underscores
// and hyphens, four to thirty-one in all.
func isSlotHandle(s string) bool { return isHandleOf(s, 3) }

// handleLine returns the handle of s when s is only a byline's "by" and a
// user's handle in lower case ("by ibby", "By: jdoe_84"), three to
// thirty-one runes; "" otherwise.
func handleLine(s string) string {
	if len(s) < 3 || s[0] != 'B' && s[0] != 'b' || s[1] != 'y' {
		return ""
	}
	rest := strings.TrimPrefix(s[2:], ":")
	h := strings.TrimLeft(rest, " \t\n\f\r") // \s: ASCII blanks
	if len(h) == len(rest) || !isHandleOf(h, 2) {
		return ""
	}
	return h
}

// atHandleLine returns the handle of s when s is only a byline's "by" and
// a handle with its "@" ("By @quillfinch", "by: @jdoe_84"), without the
// "@": the account's name, as [handleLine] gives one printed bare; ""
// otherwise. A handle alone after "by" is the post's author, as a bare
// login after it is: the page credits the account as its writer.
func atHandleLine(s string) string {
	i := strings.IndexByte(s, '@')
	if i < 3 || i+1 >= len(s) || s[i-1] != ' ' && s[i-1] != '\t' {
		return ""
	}
	return handleLine(s[:i] + s[i+1:])
}
