package normalize

import (
	"slices"
	"unsafe"
)

// This file is the append form of the normaliser: the output goes into
// the caller's buffer and the changes into the caller's slice, as
// offsets, so that a caller that reuses both allocates nothing per call
// (String allocates the output and a Change, with three strings, per
// change). BENCHMARKS.md (issue 9) has what that saves.

// ChangeSpan is a [Change] held as offsets into the input and the output,
// as [Normalizer.AppendString] records it: it holds no pointers, so
// recording it costs no allocation and the collector does not scan it.
// [ChangeSpan.Change] makes the Change.
type ChangeSpan struct {
	Offset  int // byte offset of From in the input
	FromLen int // From's length in the input; -1 for LayerFlag, whose From is To
	ToStart int // To is the output's bytes [ToStart, ToEnd), counted from
	ToEnd   int // the first byte of the output (not of the buffer it went to)
	layer   layerID
}

// Layer returns the layer that made the change.
func (c ChangeSpan) Layer() Layer {
	return layerNames[c.layer]
}

// Change returns the change as [Normalizer.String] reports it, given the
// input in and the output out of the call that recorded it: From and To
// are substrings of in and out (no copy).
func (c ChangeSpan) Change(in, out string) Change {
	to := out[c.ToStart:c.ToEnd]
	from := to
	if c.FromLen >= 0 {
		from = in[c.Offset : c.Offset+c.FromLen]
	}
	return Change{Offset: c.Offset, From: from, To: to, Layer: layerNames[c.layer]}
}

// AppendString appends s normalised to dst and the changes made, in input
// order, to changes, and returns both. It writes what [Normalizer.String]
// returns, and its changes are String's (ChangeSpan.Change(s, output)
// gives each), where the output is the bytes appended, dst[len(dst):] of
// the result. The output differs from s exactly when some change is not
// of LayerFlag. A caller that passes the buffers of its last call back
// (dst[:0], changes[:0]) allocates nothing once they are large enough.
func (n *Normalizer) AppendString(dst []byte, s string, changes []ChangeSpan) ([]byte, []ChangeSpan) {
	return n.appendTo(dst, unsafe.Slice(unsafe.StringData(s), len(s)), changes)
}

// Append is [Normalizer.AppendString] for a text held in bytes, which it
// only reads; src must not overlap the room after dst's length.
func (n *Normalizer) Append(dst, src []byte, changes []ChangeSpan) ([]byte, []ChangeSpan) {
	return n.appendTo(dst, src, changes)
}

// appendTo is AppendString and Append: run builds the output in dst's
// spare room, made as large as src first, and records the changes into
// the caller's slice; the scratch lends neither to the next call.
func (n *Normalizer) appendTo(dst, src []byte, changes []ChangeSpan) ([]byte, []ChangeSpan) {
	if len(src) == 0 {
		return dst, changes
	}
	// The output is seldom longer than the input.
	dst = slices.Grow(dst, len(src))
	sc := n.scratch()
	defer n.pool.Put(sc)
	own, ownRaw := sc.out, sc.rec.raw
	start := len(dst)
	sc.out = dst[start:]
	sc.rec.raw = changes
	out, changed := n.run(sc, src, &sc.rec)
	changes = sc.rec.raw
	sc.out, sc.rec.raw = own, ownRaw[:0]
	switch {
	case !changed:
		dst = append(dst, src...)
	case unsafe.SliceData(out) == unsafe.SliceData(dst[start:]):
		// run appended to dst's spare room without growing it: the
		// output is in place.
		dst = dst[:start+len(out)]
	default:
		dst = append(dst, out...)
	}
	return dst, changes
}
