package blockfeat

// Forest is a sum of complete binary trees of one depth (gradient-boosted,
// logistic loss): tree t's internal node k (0 the root, children 2k+1 and
// 2k+2) sends a vector v left when v[Feature] <= Thresh, and its leaf j adds
// Leaf[j]. Layout: tree t's nodes are Feature and Thresh
// [t*(2^Depth-1), (t+1)*(2^Depth-1)), its leaves Leaf [t*2^Depth, (t+1)*2^Depth).
type Forest struct {
	Depth   int
	Base    float32 // the score before any tree
	Feature []int16
	Thresh  []float32
	Leaf    []float32
}

// Score returns the forest's log-odds for v.
func (f *Forest) Score(v []float32) float32 {
	if f.Depth == 4 {
		return f.score4(v)
	}
	inner, leaves := 1<<f.Depth-1, 1<<f.Depth
	s := f.Base
	feat, thr, leaf := f.Feature, f.Thresh, f.Leaf
	for len(leaf) >= leaves && len(feat) >= inner && len(thr) >= inner {
		k := 0
		for k < inner {
			// branch-free: the comparison picks the child by arithmetic,
			// as a tree's path is as good as random to the predictor
			right := 0
			if v[feat[k]] > thr[k] {
				right = 1
			}
			k = 2*k + 1 + right
		}
		s += leaf[k-inner]
		feat, thr, leaf = feat[inner:], thr[inner:], leaf[leaves:]
	}
	return s
}

// score4 is Score for trees of depth 4 (the models' depth), the four steps
// written out over fixed-size views of each tree, the node indexes masked
// to their level's range so that the compiler drops their bounds checks;
// the same comparisons, and the leaves added in the same order, as Score's
// loop. The views are taken at two running offsets rather than by slicing
// the three arrays again after each tree (a third fewer instructions a
// tree).
func (f *Forest) score4(v []float32) float32 {
	s := f.Base
	n := min(len(f.Leaf)/16, len(f.Feature)/15, len(f.Thresh)/15)
	feat, thr, leaf := f.Feature[:n*15], f.Thresh[:n*15], f.Leaf[:n*16]
	for i, j := 0, 0; i+15 <= len(feat) && i+15 <= len(thr) && j+16 <= len(leaf); i, j = i+15, j+16 {
		fe, th, lf := (*[15]int16)(feat[i:i+15]), (*[15]float32)(thr[i:i+15]), (*[16]float32)(leaf[j:j+16])
		k := right(v[fe[0]] > th[0])
		k = 2*k + right(v[fe[1+k&1]] > th[1+k&1])
		k = 2*k + right(v[fe[3+k&3]] > th[3+k&3])
		k = 2*k + right(v[fe[7+k&7]] > th[7+k&7])
		s += lf[k&15]
	}
	return s
}

// right is 1 when a node sends its vector to the right child, else 0,
// without a jump.
func right(b bool) int {
	r := 0
	if b {
		r = 1
	}
	return r
}
