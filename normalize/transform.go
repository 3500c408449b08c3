package normalize

import (
	"golang.org/x/text/transform"
)

// transformer is the streaming form of a Normalizer. It keeps the input of
// the current segment (a line, at most three times maxSegment) until the
// segment is complete, then writes its output.
type transformer struct {
	n       *Normalizer
	st      segState
	s       scratch
	pending []byte // input of an incomplete segment
	scanned int    // bytes of pending already scanned for a cut
	out     []byte // output not yet written
	outPos  int
}

func (t *transformer) Reset() {
	t.st = segState{}
	t.pending = t.pending[:0]
	t.scanned = 0
	t.out = t.out[:0]
	t.outPos = 0
}

// flush copies queued output to dst.
func (t *transformer) flush(dst []byte, nDst int) (int, bool) {
	n := copy(dst[nDst:], t.out[t.outPos:])
	t.outPos += n
	if t.outPos < len(t.out) {
		return nDst + n, false
	}
	t.out, t.outPos = t.out[:0], 0
	return nDst + n, true
}

func (t *transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		var ok bool
		if nDst, ok = t.flush(dst, nDst); !ok {
			return nDst, nSrc, transform.ErrShortDst
		}
		var in []byte
		fromSrc := len(t.pending) == 0
		if fromSrc {
			in = src[nSrc:]
		} else {
			t.pending = append(t.pending, src[nSrc:]...)
			nSrc = len(src)
			in = t.pending
		}
		if len(in) == 0 {
			return nDst, nSrc, nil
		}
		from := 0
		if !fromSrc {
			from = t.scanned
		}
		k, ok := cut(in, atEOF, t.n.segLimit(), from)
		if !ok {
			if fromSrc {
				t.pending = append(t.pending, in...)
				nSrc = len(src)
			}
			t.scanned = len(in)
			return nDst, nSrc, nil
		}
		t.scanned = 0
		final := atEOF && k == len(in)
		res, _ := t.n.segment(&t.s, in[:k], &t.st, final, 0, nil)
		t.out = append(t.out, res...)
		if fromSrc {
			nSrc += k
		} else {
			t.pending = t.pending[:copy(t.pending, t.pending[k:])]
		}
	}
}

func (t *transformer) Span(src []byte, atEOF bool) (n int, err error) {
	if len(t.pending) > 0 || t.outPos < len(t.out) {
		return 0, transform.ErrEndOfSpan
	}
	for n < len(src) {
		k, ok := cut(src[n:], atEOF, t.n.segLimit(), 0)
		if !ok {
			return n, transform.ErrShortSrc
		}
		st := t.st
		if _, changed := t.n.segment(&t.s, src[n:n+k], &st, atEOF && n+k == len(src), 0, nil); changed {
			return n, transform.ErrEndOfSpan
		}
		t.st = st
		n += k
	}
	return n, nil
}
