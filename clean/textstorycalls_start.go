package clean

import (
	"regexp/syntax"
	"sync"
	"unicode/utf8"
)

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
// long s), which only tries more starts. After the quick test's first
// bytes and pairs, the first four bytes are tested (textCallQuads): of
// the short lines of AEB's and WCXB's text about three in five open with
// a call's pair, and one in thirty with a call.
func mayStartTextCall(s string) bool {
	q, q4 := textCallStart.quick(), textCallQuads()
	for n := 0; ; n++ {
		if !q.rejects(s) && (q4 == nil || q4.allows(s)) {
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

// textCallQuads is the start quads of textCallStart (see startQuads), or
// nil when they cannot be told.
var textCallQuads = sync.OnceValue(func() *startQuads {
	tree, err := syntax.Parse(textCallStart.expr, syntax.Perl)
	if err != nil {
		return nil
	}
	return newStartQuads(tree)
})
