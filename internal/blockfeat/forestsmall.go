package blockfeat

// This file scores the forests whose features all fit a byte (the text
// model's: 116 features, 130 in its second pass) from a layout of their
// own: a feature read through a byte indexes a view of smallView values
// with no mask and no bounds check, a step fewer at each of a tree's four
// levels than tree4's.

// smallView is the length of the view of a vector the small trees read.
const smallView = 256

// tree4s is tree4 with its features in a byte each.
type tree4s struct {
	thr1  float32
	thr2  [2]float32
	thr3  [4]float32
	thr4  [8]float32
	leaf  [16]float32
	feat1 uint8
	feat2 [2]uint8
	feat3 [4]uint8
	feat4 [8]uint8
}

// smallTrees returns p's trees in the tree4s layout, or nil when a feature
// does not fit a byte.
func (p *packed4) smallTrees() []tree4s {
	if p.maxFeat >= smallView || len(p.trees) == 0 {
		return nil
	}
	out := make([]tree4s, len(p.trees))
	for i := range p.trees {
		t, s := &p.trees[i], &out[i]
		s.thr1, s.thr2, s.thr3, s.thr4, s.leaf = t.thr1, t.thr2, t.thr3, t.thr4, t.leaf
		s.feat1 = uint8(t.feat1)
		for k := range t.feat2 {
			s.feat2[k] = uint8(t.feat2[k])
		}
		for k := range t.feat3 {
			s.feat3[k] = uint8(t.feat3[k])
		}
		for k := range t.feat4 {
			s.feat4[k] = uint8(t.feat4[k])
		}
	}
	return out
}

// scoreRowsSmall is ScoreRows's loop over the groups of rows for trees in
// the tree4s layout, its copy of a group too near the end of vecs in s.
func scoreRowsSmall(trees []tree4s, base float32, vecs []float32, dim int, out []float32, s *rowScratch) {
	for lo := 0; lo < len(out); lo += rowGroup {
		acc := out[lo:min(len(out), lo+rowGroup)]
		rows := vecs[lo*dim:]
		if (len(acc)-1)*dim+smallView > len(rows) {
			// a copy of a group too near the end of vecs, with
			// smallView values after its last row's start
			spare := scratchBuf(&s.spare, (rowGroup-1)*dim+smallView)
			copy(spare, rows[:len(acc)*dim])
			rows = spare
		}
		var views [rowGroup]*[smallView]float32
		for j := range acc {
			views[j] = (*[smallView]float32)(rows[j*dim : j*dim+smallView])
		}
		m := len(acc)
		if m%2 == 1 {
			// the vectors are walked four by four, the last two or
			// three two by two: an odd group's last is walked twice,
			// into a sum not kept
			views[m] = views[m-1]
			m++
		}
		quads := m - m%4
		var s [rowGroup]float32
		for j := range m {
			s[j&(rowGroup-1)] = base
		}
		for lo := 0; lo < len(trees); lo += treeChunk {
			chunk := trees[lo:min(len(trees), lo+treeChunk)]
			for j := 0; j+3 < quads; j += 4 {
				j0, j1, j2, j3 := j&(rowGroup-1), (j+1)&(rowGroup-1), (j+2)&(rowGroup-1), (j+3)&(rowGroup-1)
				s[j0], s[j1], s[j2], s[j3] = addChunkSmall4(chunk, views[j0], views[j1], views[j2], views[j3], s[j0], s[j1], s[j2], s[j3])
			}
			if quads < m {
				j0, j1 := quads&(rowGroup-1), (quads+1)&(rowGroup-1)
				s[j0], s[j1] = addChunkSmall(chunk, views[j0], views[j1], s[j0], s[j1])
			}
		}
		copy(acc, s[:len(acc)])
	}
}

// addChunkSmall is addChunk for trees in the tree4s layout.
func addChunkSmall(trees []tree4s, v, w *[smallView]float32, sv, sw float32) (float32, float32) {
	for ; len(trees) > 0; trees = trees[1:] {
		t := &trees[0]
		rootFeat, rootThr := t.feat1, t.thr1
		a := right(v[rootFeat] > rootThr)
		e := right(w[rootFeat] > rootThr)
		a = 2*a + right(v[t.feat2[a]] > t.thr2[a])
		e = 2*e + right(w[t.feat2[e]] > t.thr2[e])
		a = 2*a + right(v[t.feat3[a]] > t.thr3[a])
		e = 2*e + right(w[t.feat3[e]] > t.thr3[e])
		a = 2*a + right(v[t.feat4[a]] > t.thr4[a])
		e = 2*e + right(w[t.feat4[e]] > t.thr4[e])
		sv += t.leaf[a]
		sw += t.leaf[e]
	}
	return sv, sw
}

// addChunkSmall4 is addChunkSmall for four vectors a step.
func addChunkSmall4(trees []tree4s, v, w, x, y *[smallView]float32, sv, sw, sx, sy float32) (float32, float32, float32, float32) {
	for ; len(trees) > 0; trees = trees[1:] {
		t := &trees[0]
		rootFeat, rootThr := t.feat1, t.thr1
		a := right(v[rootFeat] > rootThr)
		e := right(w[rootFeat] > rootThr)
		b := right(x[rootFeat] > rootThr)
		c := right(y[rootFeat] > rootThr)
		a = 2*a + right(v[t.feat2[a]] > t.thr2[a])
		e = 2*e + right(w[t.feat2[e]] > t.thr2[e])
		b = 2*b + right(x[t.feat2[b]] > t.thr2[b])
		c = 2*c + right(y[t.feat2[c]] > t.thr2[c])
		a = 2*a + right(v[t.feat3[a]] > t.thr3[a])
		e = 2*e + right(w[t.feat3[e]] > t.thr3[e])
		b = 2*b + right(x[t.feat3[b]] > t.thr3[b])
		c = 2*c + right(y[t.feat3[c]] > t.thr3[c])
		a = 2*a + right(v[t.feat4[a]] > t.thr4[a])
		e = 2*e + right(w[t.feat4[e]] > t.thr4[e])
		b = 2*b + right(x[t.feat4[b]] > t.thr4[b])
		c = 2*c + right(y[t.feat4[c]] > t.thr4[c])
		sv += t.leaf[a]
		sw += t.leaf[e]
		sx += t.leaf[b]
		sy += t.leaf[c]
	}
	return sv, sw, sx, sy
}
