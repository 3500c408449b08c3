package clean

import (
	"hash/maphash"
	"strings"
	"sync/atomic"

	"github.com/newsclean/newsclean/normalize"
)

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
// Only lines near a limit pay for the normaliser, and a line asked about
// again (the detectors test the same lines) finds its length in
// printedLens.
func outLen(s string, limit int) int {
	n := len(s)
	if n < limit-outSlack || n > limit+outSlack {
		return n
	}
	return printedLen(s)
}

// printedLen is the length of s normalised by the default normaliser,
// looked up in printedLens first.
func printedLen(s string) int {
	slot := &printedLens[maphash.String(printedSeed, s)%uint64(len(printedLens))]
	if e := slot.Load(); e != nil && e.line == s {
		return e.n
	}
	out, _ := normalize.String(s)
	// a copy: s is a slice of its page, which the table must not keep alive
	slot.Store(&printedEntry{line: strings.Clone(s), n: len(out)})
	return len(out)
}

// printedEntry is a line and its printed length. Entries are never
// changed once stored, so a slot can be read and replaced without a lock
// by the goroutines that clean pages at once.
type printedEntry struct {
	line string
	n    int
}

// printedLens holds the latest lines measured by printedLen, one per
// slot of their hash: a page asks about a few lines near a limit, most of
// them several times. It keeps at most len(printedLens) lines alive.
var (
	printedLens [64]atomic.Pointer[printedEntry]
	printedSeed = maphash.MakeSeed()
)
