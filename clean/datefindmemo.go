package clean

import (
	"hash/maphash"
	"strings"
	"sync/atomic"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// findDateAfter is findDateStamp with at most maxBefore words before the
// date (findDateAfterOnce), remembered for the lines it reads at length.
// The date detectors, the story detector's date-line test and the title
// traps ask it about the same short lines again and again: over AEB's 181
// text pages 39,170 calls read 21,591 distinct (line, maxBefore) pairs
// page by page, each a search of the line's stretches that hold two runs
// of digits by dateparse.DateLine. A line that is long or holds no ASCII digit is
// answered at once by findDateAfterOnce and not remembered.
func findDateAfter(line string, maxBefore int) (dateparse.Stamp, int, bool) {
	return findDateAfterIn(line, maxBefore, dateparse.NoLang)
}

// findDateAfterIn is findDateAfter on a page in language lang
// (findDateStampIn), remembered with the language.
func findDateAfterIn(line string, maxBefore int, lang dateparse.Lang) (dateparse.Stamp, int, bool) {
	if len(line) > maxDateLine || !digitByteIn(line) { // a byte loop: ContainsAny builds its set each call
		return findDateAfterOnceIn(line, maxBefore, lang)
	}
	slot := &dateFinds[dateFindSlot(line, maxBefore)]
	if f := slot.Load(); f != nil && f.maxBefore == maxBefore && f.lang == lang && f.line == line {
		return f.st, f.pos, f.ok
	}
	st, pos, ok := findDateAfterOnceIn(line, maxBefore, lang)
	slot.Store(&dateFind{line: strings.Clone(line), maxBefore: maxBefore, lang: lang, st: st, pos: pos, ok: ok})
	return st, pos, ok
}

// dateFind is one answer of findDateAfterOnce. It is never changed once
// stored: a slot is overwritten with a new one.
type dateFind struct {
	line      string // a copy: the memo holds no page's text alive
	maxBefore int
	lang      dateparse.Lang // the page's, for the month names that clash
	st        dateparse.Stamp
	pos       int
	ok        bool
}

// dateFindSlots is the memo's size: a page's short lines with digits fit
// it many times over, and at most dateFindSlots copies of lines of at most
// maxDateLine bytes are kept (under 200 KB).
const dateFindSlots = 1024

// dateFinds is the memo, direct-mapped by the line's hash: each slot holds
// the last answer stored there, read and written atomically, so that the
// pages cleaned at once share it without a lock. An answer depends on the
// line, maxBefore and the language alone, so a slot overwritten, or filled by another
// page, gives the answer findDateAfterOnce would.
var dateFinds [dateFindSlots]atomic.Pointer[dateFind]

var dateFindSeed = maphash.MakeSeed()

// dateFindSlot is the slot of (line, maxBefore).
func dateFindSlot(line string, maxBefore int) uint64 {
	return (maphash.String(dateFindSeed, line) + uint64(maxBefore)*0x9e3779b97f4a7c15) % dateFindSlots
}
