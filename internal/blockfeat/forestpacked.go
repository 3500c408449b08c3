package blockfeat

import "sync/atomic"

// This file is the layout the depth-4 forests are scored from: each tree's
// nodes and leaves side by side in one record, built once from the
// generated arrays (Feature, Thresh, Leaf stay as the trainer writes them),
// so that a tree is read from one place and the loop over the trees keeps
// a single index.

// tree4 is one tree of depth 4, its nodes numbered from 1 as in a binary
// heap: node i (the root 1) sends a vector right, to node 2i+1, when
// v[feat[i]] > thr[i], else left, to node 2i; the nodes below the
// last level, 16 to 31, are the leaves, leaf[i-16]. Slot 0 holds no node:
// with it a node index masked to 15 needs no bounds check, and the index
// after the last step masked to 15 is the leaf's. 160 bytes a tree, the
// 16-bit features beside the thresholds.
type tree4 struct {
	feat [16]uint16
	thr  [16]float32
	leaf [16]float32
}

// packed4 is a forest's trees of depth 4 in the tree4 layout, with what it
// was built from, so that a forest whose arrays are replaced or grown (as
// the trainer does) is packed again rather than scored from a stale copy.
type packed4 struct {
	trees   []tree4
	feat    *int16 // the first element of the Feature array packed
	n       int    // len(Feature) when packed
	maxFeat int    // the largest feature a node reads; -1 when there are no nodes
}

// viewLen is the length of the fixed-size view of a vector that the
// packed trees read, so that a feature index (masked to it) needs no
// bounds check.
const viewLen = 512

// packedFor4 returns f's trees in the tree4 layout, or nil when the
// arrays do not hold whole trees of depth 4 or a feature is negative or
// not below viewLen (Score then walks the arrays as they are).
func (f *Forest) packedFor4() *packed4 {
	if p := f.packed.Load(); p != nil && p.n == len(f.Feature) && (p.n == 0 || p.feat == &f.Feature[0]) {
		return p
	}
	n := len(f.Feature) / 15
	if len(f.Feature) != n*15 || len(f.Thresh) != n*15 || len(f.Leaf) != n*16 {
		return nil
	}
	p := &packed4{trees: make([]tree4, n), n: len(f.Feature), maxFeat: -1}
	if n > 0 {
		p.feat = &f.Feature[0]
	}
	for t := range p.trees {
		tr := &p.trees[t]
		for k := range 15 {
			fe := f.Feature[t*15+k]
			if fe < 0 || fe >= viewLen {
				return nil
			}
			p.maxFeat = max(p.maxFeat, int(fe))
			tr.feat[k+1], tr.thr[k+1] = uint16(fe), f.Thresh[t*15+k]
		}
		copy(tr.leaf[:], f.Leaf[t*16:(t+1)*16])
	}
	f.packed.Store(p)
	return p
}

// leafOf returns the leaf of t that v reaches: the same comparisons as
// Score's loop. Each step's mask leaves the node index as it is (below 16)
// until the last, where it gives the leaf's.
func (t *tree4) leafOf(v *[viewLen]float32) float32 {
	i := (2 + right(v[t.feat[1]&(viewLen-1)] > t.thr[1])) & 15
	i = (2*i + right(v[t.feat[i]&(viewLen-1)] > t.thr[i])) & 15
	i = (2*i + right(v[t.feat[i]&(viewLen-1)] > t.thr[i])) & 15
	i = (2*i + right(v[t.feat[i]&(viewLen-1)] > t.thr[i])) & 15
	return t.leaf[i]
}

// score4 is Score for trees of depth 4 (the models' depth), from the
// packed layout; the same comparisons, and the leaves added in the same
// order, as Score's loop.
//
// The vector is read from a copy of fixed size (viewLen), which a feature
// index masked to that size cannot overrun: a vector too short for a node's
// feature, or too long for the copy, goes to scoreLoop, which reads it as
// it is (and panics as Score always has on a short one).
func (f *Forest) score4(v []float32) float32 {
	p := f.packedFor4()
	if p == nil || p.maxFeat >= len(v) || len(v) > viewLen {
		return f.scoreLoop(v)
	}
	var view [viewLen]float32
	copy(view[:], v)
	s := f.Base
	for i := range p.trees {
		s += p.trees[i].leafOf(&view)
	}
	return s
}

// packedForest holds a forest's packed layout, built on first use; safe
// for concurrent use (two goroutines that pack at once build the same).
type packedForest = atomic.Pointer[packed4]
