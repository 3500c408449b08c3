package clean

import "unicode/utf8"

// textCallStart is textCall's calls with neither the marks around them nor
// the line's end: it is never run, only its quick test (the first bytes
// and byte pairs its matches start with) is read by mayStartTextCall.
var textCallStart = lazyCompile(`(?i)^(?:` + textCallForms + `)`)

// maxTextCallLead is the count of marks (\W) textCall lets stand before a
// call.
const maxTextCallLead = 4

// mayStartTextCall reports whether a call of textCall may start s after
// none to maxTextCallLead of its leading marks: textCall's own quick test
// knows nothing, since \W{0,4} opens it, so its matcher started on every
// short line. It never turns down a line textCall matches: every rune
// that is not an ASCII letter, digit or underscore is taken for a mark,
// more than \W under (?i) takes (it leaves out the Kelvin sign and the
// long s), which only tries more starts.
func mayStartTextCall(s string) bool {
	q := textCallStart.quick()
	for n := 0; ; n++ {
		if !q.rejects(s) {
			return true
		}
		if n == maxTextCallLead || s == "" {
			return false
		}
		r, size := utf8.DecodeRuneInString(s)
		if r < utf8.RuneSelf && isWordByte(byte(r)) {
			return false
		}
		s = s[size:]
	}
}
