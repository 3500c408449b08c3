package blockfeat

import "sync/atomic"

// This file is the layout the depth-4 forests are scored from: each tree's
// nodes and leaves side by side in one record, built once from the
// generated arrays (Feature, Thresh, Leaf stay as the trainer writes them),
// so that a tree is read from one place and the loop over the trees keeps
// a single index.

// tree4 is one tree of depth 4, its nodes stored level by level: the
// root, then the two nodes of the second level, the four of the third,
// the eight of the fourth, and the sixteen leaves. A vector at a level's
// node k goes right, to node 2k+1 of the next level, when v[feat] > thr,
// else left, to node 2k; the last level's node k leads to leaf 2k or
// 2k+1. With a level's arrays as long as the level, the index that picks
// a node needs neither a bounds check nor a mask: it is a sum of 0-or-1
// steps the compiler can bound. 156 bytes a tree, the 16-bit features
// after the thresholds and leaves.
type tree4 struct {
	thr1  float32
	thr2  [2]float32
	thr3  [4]float32
	thr4  [8]float32
	leaf  [16]float32
	feat1 uint16
	feat2 [2]uint16
	feat3 [4]uint16
	feat4 [8]uint16
}

// packed4 is a forest's trees of depth 4 in the tree4 layout, with what it
// was built from, so that a forest whose arrays are replaced or grown (as
// the trainer does) is packed again rather than scored from a stale copy.
type packed4 struct {
	trees   []tree4
	small   []tree4s // the trees again with byte features, when they fit (forestsmall.go)
	lanes   []tree8  // the trees again for the lanes' loop, where it runs (forestavx.go)
	feat    *int16   // the first element of the Feature array packed
	n       int      // len(Feature) when packed
	maxFeat int      // the largest feature a node reads; -1 when there are no nodes
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
			tr.setNode(k, uint16(fe), f.Thresh[t*15+k])
		}
		copy(tr.leaf[:], f.Leaf[t*16:(t+1)*16])
	}
	p.small = p.smallTrees()
	if useLanes {
		p.lanes = p.laneTrees()
	}
	f.packed.Store(p)
	return p
}

// setNode stores node k of the arrays' numbering (0 the root, children
// 2k+1 and 2k+2) in its level's slot.
func (t *tree4) setNode(k int, fe uint16, thr float32) {
	switch {
	case k == 0:
		t.feat1, t.thr1 = fe, thr
	case k < 3:
		t.feat2[k-1], t.thr2[k-1] = fe, thr
	case k < 7:
		t.feat3[k-3], t.thr3[k-3] = fe, thr
	default:
		t.feat4[k-7], t.thr4[k-7] = fe, thr
	}
}

// leafOf returns the leaf of t that v reaches: the same comparisons as
// Score's loop.
func (t *tree4) leafOf(v *[viewLen]float32) float32 {
	a := right(v[t.feat1&(viewLen-1)] > t.thr1)
	b := 2*a + right(v[t.feat2[a]&(viewLen-1)] > t.thr2[a])
	c := 2*b + right(v[t.feat3[b]&(viewLen-1)] > t.thr3[b])
	d := 2*c + right(v[t.feat4[c]&(viewLen-1)] > t.thr4[c])
	return t.leaf[d]
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
