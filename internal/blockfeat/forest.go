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
	inner, leaves := 1<<f.Depth-1, 1<<f.Depth
	s := f.Base
	for t := 0; t*leaves < len(f.Leaf); t++ {
		feat, thr := f.Feature[t*inner:(t+1)*inner], f.Thresh[t*inner:(t+1)*inner]
		k := 0
		for k < inner {
			if v[feat[k]] <= thr[k] {
				k = 2*k + 1
			} else {
				k = 2*k + 2
			}
		}
		s += f.Leaf[t*leaves+k-inner]
	}
	return s
}
