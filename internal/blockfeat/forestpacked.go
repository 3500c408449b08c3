package blockfeat

import "sync/atomic"

// This file is the layout the depth-4 forests are scored from: each tree's
// nodes and leaves side by side in one record, built once from the
// generated arrays (Feature, Thresh, Leaf stay as the trainer writes them),
// so that a tree is read from one place and the loop over the trees keeps
// a single index.

// tree4 is one tree of depth 4: node k sends a vector left when
// v[node[k].feat] <= node[k].thr (children 2k+1 and 2k+2), and leaf j adds
// leaf[j].
type tree4 struct {
	node [15]node4
	leaf [16]float32
}

// node4 is an inner node of a tree4: its threshold and the feature it
// reads, side by side (one index finds both).
type node4 struct {
	thr  float32
	feat uint32
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

// viewLen is the length of the fixed-size copy of a vector that score4
// reads, so that a feature index (masked to it) needs no bounds check.
const viewLen = 512

// packedFor4 returns f's trees in the tree4 layout, or nil when the
// arrays do not hold whole trees of depth 4 or a feature is negative (Score
// then walks the arrays as they are).
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
			tr.node[k] = node4{thr: f.Thresh[t*15+k], feat: uint32(fe)}
		}
		copy(tr.leaf[:], f.Leaf[t*16:(t+1)*16])
	}
	f.packed.Store(p)
	return p
}

// score4 is Score for trees of depth 4 (the models' depth): the four steps
// written out, each node index masked to its level's range so that the
// compiler drops its bounds checks; the same comparisons, and the leaves
// added in the same order, as Score's loop.
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
		t := &p.trees[i]
		n := &t.node[0]
		k := right(view[n.feat&(viewLen-1)] > n.thr)
		n = &t.node[1+k&1]
		k = 2*k + right(view[n.feat&(viewLen-1)] > n.thr)
		n = &t.node[3+k&3]
		k = 2*k + right(view[n.feat&(viewLen-1)] > n.thr)
		n = &t.node[7+k&7]
		k = 2*k + right(view[n.feat&(viewLen-1)] > n.thr)
		s += t.leaf[k&15]
	}
	return s
}

// packedForest holds a forest's packed layout, built on first use; safe
// for concurrent use (two goroutines that pack at once build the same).
type packedForest = atomic.Pointer[packed4]
