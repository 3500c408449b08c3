package blockfeat

// Forest is a sum of complete binary trees of one depth (gradient-boosted,
// logistic loss): tree t's internal node k (0 the root, children 2k+1 and
// 2k+2) sends a vector v right when v[Feature] > Thresh, else left (a NaN
// on either side goes left), and its leaf j adds Leaf[j]. Layout: tree t's
// nodes are Feature and Thresh [t*(2^Depth-1), (t+1)*(2^Depth-1)), its
// leaves Leaf [t*2^Depth, (t+1)*2^Depth).
type Forest struct {
	Depth   int
	Base    float32 // the score before any tree
	Feature []int16
	Thresh  []float32
	Leaf    []float32

	packed packedForest // the depth-4 trees as tree4 records (see score4)
}

// Score returns the forest's log-odds for v.
func (f *Forest) Score(v []float32) float32 {
	if f.Depth == 4 {
		return f.score4(v)
	}
	return f.scoreLoop(v)
}

// scoreLoop is Score for trees of any depth, walking the arrays as they are.
func (f *Forest) scoreLoop(v []float32) float32 {
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

// right is 1 when a node sends its vector to the right child, else 0,
// without a jump.
func right(b bool) int {
	r := 0
	if b {
		r = 1
	}
	return r
}

// ScoreArrays is Score by its definition: each tree walked from the
// forest's arrays, right where the feature is above the threshold, else
// left (a NaN on either side goes left). It is slower than Score and
// ScoreRows, and the reference their tests hold them to, bit for bit.
func (f *Forest) ScoreArrays(v []float32) float32 {
	inner, leaves := 1<<f.Depth-1, 1<<f.Depth
	s := f.Base
	for t := 0; (t+1)*leaves <= len(f.Leaf); t++ {
		k := 0
		for k < inner {
			if v[f.Feature[t*inner+k]] > f.Thresh[t*inner+k] {
				k = 2*k + 2
			} else {
				k = 2*k + 1
			}
		}
		s += f.Leaf[t*leaves+k-inner]
	}
	return s
}
