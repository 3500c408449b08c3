package clean

import (
	"slices"
	"strings"
)

// fingerprintQuick is pattern.skip for one fingerprint tried on many
// blocks of a page (fingerprintFound): skip takes the pattern by value and
// passes the sync.Once of its start pairs and of its end bytes for every
// block, which cost more than the tests themselves. Here the two are
// fetched once, on the first block that needs them (as skip would, so no
// table is worked out that skip would not work out), and the cheap byte
// tests come before the literal searches.
type fingerprintQuick struct {
	fp *pattern

	pairsKnown bool
	pairs      *startPairs // fp.re.startPairs(), once pairsKnown

	// The start pairs of one first byte, the last one asked about:
	// fingerprintFound tries the blocks by their first byte, so the pairs'
	// binary search is made once for a run of blocks, not for each.
	first    int     // the first byte the fields below are for; -1 for none
	anyNext  bool    // pairs.one holds first: a match may start with it alone
	next     byteSet // the bytes that follow first in a pair
	endKnown bool
	end      *byteSet // fp.re.ends(), once endKnown
}

// newFingerprintQuick returns the quick test of fp, its tables not yet fetched.
func newFingerprintQuick(fp *pattern) fingerprintQuick {
	return fingerprintQuick{fp: fp, first: -1}
}

// skips reports what q.fp.skip(t) reports. Every test of skip is a pure
// test of t, so their order does not change the answer.
func (q *fingerprintQuick) skips(t string) bool {
	fp := q.fp
	if !fp.fits(t) {
		return true
	}
	if fp.start != nil {
		if t == "" || !fp.start.has(t[0]) {
			return true
		}
		if !q.pairsKnown {
			q.pairs, q.pairsKnown = fp.re.startPairs(), true
		}
		if q.pairs != nil && !q.pairsAllow(t) {
			return true
		}
	}
	if fp.prefix != nil && !hasAnyPrefix(t, fp.prefix) {
		return true
	}
	if !q.endKnown {
		q.end, q.endKnown = fp.re.ends(), true
	}
	if q.end != nil && (t == "" || !q.end.has(t[len(t)-1])) {
		return true
	}
	return fp.lit != "" && !strings.Contains(t, fp.lit) || !fp.holdsAny(t)
}

// pairsAllow is q.pairs.allows(t) for a t that is not empty, by the pairs
// of t's first byte, gathered when it differs from the last t's.
func (q *fingerprintQuick) pairsAllow(t string) bool {
	if int(t[0]) != q.first {
		q.first = int(t[0])
		q.anyNext = q.pairs.one.has(t[0])
		q.next = byteSet{}
		two := q.pairs.two
		i, _ := slices.BinarySearch(two, uint16(t[0])<<8)
		for ; i < len(two) && two[i]>>8 == uint16(t[0]); i++ {
			q.next.add(byte(two[i]))
		}
	}
	return q.anyNext || len(t) >= 2 && q.next.has(t[1])
}
