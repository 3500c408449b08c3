package clean

import (
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

// printedLen is the length of s normalised by the default normaliser
// ([printedText]).
func printedLen(s string) int { return len(printedText(s)) }

// printedText is s normalised by the default normaliser, looked up in
// printedLens first: the head's tests ask about the same few lines (the
// headline above all) again and again.
func printedText(s string) string {
	slot := &printedLens[printedSlot(s)]
	if e := slot.Load(); e != nil && e.line == s {
		return e.out
	}
	out, _ := normalize.String(s)
	// a copy: s is a slice of its page, which the table must not keep alive
	line := strings.Clone(s)
	if out == s {
		out = line // the normaliser gives s itself back when nothing changes
	}
	slot.Store(&printedEntry{line: line, out: out})
	return out
}

// printedSlot is the slot of printedLens for s: a hash of its length and
// of its first and last eight bytes, the same in every run (a randomly
// seeded hash made which lines were measured again, and so the work done,
// change from run to run) and cheaper than hashing the whole line. Lines
// that share a slot only measure each other out of the table.
func printedSlot(s string) int {
	h := uint64(len(s))
	if len(s) >= 8 {
		h ^= le64(s)
		h = (h ^ h>>29) * 0x9e3779b97f4a7c15
		h ^= le64(s[len(s)-8:])
	} else {
		for i := 0; i < len(s); i++ {
			h = h<<8 | uint64(s[i])
		}
	}
	h = (h ^ h>>31) * 0xbf58476d1ce4e5b9
	return int(h>>58) % len(printedLens)
}

// le64 reads the first eight bytes of s as a little-endian number (one
// load once compiled).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// printedEntry is a line and the line as printed. Entries are never
// changed once stored, so a slot can be read and replaced without a lock
// by the goroutines that clean pages at once.
type printedEntry struct {
	line, out string
}

// printedLens holds the latest lines printedText normalised, one per
// slot of their hash: a page asks about a few lines near a limit, most of
// them several times. It keeps at most len(printedLens) lines alive.
var printedLens [64]atomic.Pointer[printedEntry]
