package clean

import "github.com/newsclean/newsclean/normalize"

// outSlack is how far (in bytes) from a length limit a line's length is
// measured as printed rather than as found: more than the normaliser's
// rewrites change any ordinary line by.
const outSlack = 24

// outLen returns the length of s in bytes for a test against limit: its
// length as the article prints it (normalised by the default normaliser:
// Unicode clean-up and the spelling layer) when it is within outSlack of
// limit, its length as found otherwise.
//
// A limit tested on the length as found would be tested on another length
// on a second pass over the text output, where Nakhichevan is Nakhchivan
// and a decomposed é one character: a line one byte over a limit on the
// first pass could be one byte under it on the second, and be read as
// something else (a one-line page's line as its body, then as its title).
// Only lines near a limit pay for the normaliser.
func outLen(s string, limit int) int {
	n := len(s)
	if n < limit-outSlack || n > limit+outSlack {
		return n
	}
	out, _ := normalize.String(s)
	return len(out)
}
