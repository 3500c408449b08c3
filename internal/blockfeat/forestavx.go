package blockfeat

// This file lays the depth-4 trees out for scoring eight vectors at once
// in the lanes of one register (forestavx_amd64.s, on a processor with
// AVX2): a level's nodes sit in eight slots, so that each lane picks its
// node's feature and threshold by a permutation of the slots rather than
// a load of its own, and reads its vector's value by a gather: 42
// instructions a tree for eight vectors against about 250 in tree4s's loop
// (forestsmall.go). Over AEB's text pages the CLI's forests went from 19%
// of its instructions (545M) to 3.5% (82M), and BenchmarkForestScoreRowsText
// runs in about half the time.

// tree8 is one tree of depth 4 in the eight-lane layout: the root's
// feature and threshold, then for each of the three levels below it the
// features and the thresholds of its nodes (two, four and eight of the
// eight slots used), then the sixteen leaves. A lane at a level's node a
// goes to the next level's node 2a+1 when its value is above the node's
// threshold, else 2a (tree4's numbering). 288 bytes a tree.
type tree8 struct {
	feat1 int32
	thr1  float32
	_     [6]int32
	feat2 [8]int32
	thr2  [8]float32
	feat3 [8]int32
	thr3  [8]float32
	feat4 [8]int32
	thr4  [8]float32
	leaf  [16]float32
}

// laneTrees returns p's trees in the tree8 layout.
func (p *packed4) laneTrees() []tree8 {
	out := make([]tree8, len(p.trees))
	for i := range p.trees {
		t, s := &p.trees[i], &out[i]
		s.feat1, s.thr1 = int32(t.feat1), t.thr1
		for k := range t.feat2 {
			s.feat2[k], s.thr2[k] = int32(t.feat2[k]), t.thr2[k]
		}
		for k := range t.feat3 {
			s.feat3[k], s.thr3[k] = int32(t.feat3[k]), t.thr3[k]
		}
		for k := range t.feat4 {
			s.feat4[k], s.thr4[k] = int32(t.feat4[k]), t.thr4[k]
		}
		s.leaf = t.leaf
	}
	return out
}

// laneRows is how many vectors the lanes of one register hold.
const laneRows = 8

// scoreRowsLanes is ScoreRows for trees in the tree8 layout, sixteen rows
// a call (addTrees16; eight or fewer left at the end, addTrees8), the lanes
// a call lacks rows for reading the call's first row again, into sums not
// kept. Each lane adds its row's leaves in the trees' order, from base,
// with the same single-precision additions as Score, so the sums are the
// same bit for bit. Every feature a node reads is below dim (ScoreRows
// checks), so a row's reads stay in the row.
func scoreRowsLanes(trees []tree8, base float32, vecs []float32, dim int, out []float32) {
	if len(trees) == 0 {
		for i := range out {
			out[i] = base
		}
		return
	}
	var offs [2 * laneRows]int32
	for lo := 0; lo < len(out); lo += 2 * laneRows {
		m := min(2*laneRows, len(out)-lo)
		for j := range offs {
			offs[j] = 0
			if j < m {
				offs[j] = int32(j * dim)
			}
		}
		var acc [2 * laneRows]float32
		for j := range acc {
			acc[j] = base
		}
		if m <= laneRows {
			addTrees8(&trees[0], len(trees), &vecs[lo*dim], (*[laneRows]int32)(offs[:laneRows]), (*[laneRows]float32)(acc[:laneRows]))
		} else {
			addTrees16(&trees[0], len(trees), &vecs[lo*dim], &offs, &acc)
		}
		copy(out[lo:lo+m], acc[:m])
	}
}
