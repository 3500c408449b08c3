package normalize

// An edit replaces the bytes [os, oe) of a stage's input with the bytes
// [ns, ne) of the stage's output. Stages (character clean-up, NFC, names)
// each produce sorted, non-overlapping edits; compose chains two stages so
// that every change can be reported against the original input.
type edit struct {
	os, oe int
	ns, ne int
	layer  layerID
}

// layerID numbers a Layer inside the package, so that the edits and the
// records of changes, rebuilt on every call, hold no pointers: appending
// and copying them takes no write barriers and the collector does not
// scan them. Change carries the Layer itself.
type layerID uint8

// The layers' numbers; 0 is none (a name matched only to protect it).
const (
	idNone layerID = iota
	idUnicode
	idSpelling
	idExonym
	idFlag
)

// layerNames maps a layerID to its Layer.
var layerNames = [...]Layer{idNone: "", idUnicode: LayerUnicode, idSpelling: LayerSpelling, idExonym: LayerExonym, idFlag: LayerFlag}

// idOf returns the number of layer l.
func idOf(l Layer) layerID {
	switch l {
	case LayerUnicode:
		return idUnicode
	case LayerSpelling:
		return idSpelling
	case LayerExonym:
		return idExonym
	case LayerFlag:
		return idFlag
	}
	return idNone
}

// overlaps reports whether an edit covering [x, y) of the intermediate text
// belongs to the cluster [lo, hi).
func overlaps(lo, hi, x, y int) bool {
	if lo == hi {
		return (x < lo && lo < y) || (x == lo && y == lo)
	}
	if x == y {
		return lo < x && x < hi
	}
	return x < hi && y > lo
}

// compose turns edits a (input -> middle) and b (middle -> output) into
// edits from input to output. Overlapping edits merge into one; the later
// stage's layer names the merged edit. It returns a or b when the other is
// empty, and otherwise writes to dst's memory, which must not hold a or b.
func compose(dst, a, b []edit) []edit {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := dst[:0]
	ia, ib := 0, 0
	dA, dB := 0, 0 // (input - middle) and (output - middle) length deltas so far
	for ia < len(a) || ib < len(b) {
		var lo, hi int
		takeA := ib == len(b)
		if !takeA && ia < len(a) {
			as, bs := a[ia].ns, b[ib].os
			takeA = as < bs || (as == bs && (a[ia].ns == a[ia].ne || b[ib].os != b[ib].oe))
		}
		if takeA {
			lo, hi = a[ia].ns, a[ia].ne
		} else {
			lo, hi = b[ib].os, b[ib].oe
		}
		var sumA, sumB int
		layer := idNone
		gotA, gotB := false, false
		for {
			grew := false
			if ia < len(a) && (takeA && !gotA || overlaps(lo, hi, a[ia].ns, a[ia].ne)) {
				e := a[ia]
				lo, hi = min(lo, e.ns), max(hi, e.ne)
				sumA += (e.oe - e.os) - (e.ne - e.ns)
				if !gotB {
					layer = e.layer
				}
				gotA = true
				ia++
				grew = true
			}
			if ib < len(b) && (!takeA && !gotB || overlaps(lo, hi, b[ib].os, b[ib].oe)) {
				e := b[ib]
				lo, hi = min(lo, e.os), max(hi, e.oe)
				sumB += (e.ne - e.ns) - (e.oe - e.os)
				layer = e.layer
				gotB = true
				ib++
				grew = true
			}
			if !grew {
				break
			}
		}
		out = append(out, edit{
			os: lo + dA, oe: hi + dA + sumA,
			ns: lo + dB, ne: hi + dB + sumB,
			layer: layer,
		})
		dA += sumA
		dB += sumB
	}
	return out
}
