package blockfeat

// This file scores many vectors at once (a page's blocks): the trees in the
// outer loop and a small group of vectors in the inner one, so that each
// tree is read from memory once per group rather than once per vector. A
// forest of the HTML model is several times the first-level data cache,
// and scored one vector at a time it streamed through that cache for every
// block; the group's vectors (rowGroup of them) stay in it instead.

// rowGroup is how many vectors ScoreRows walks through each tree before the
// next: enough that a tree read once serves many, few enough that the
// group's vectors (about 1 KB each on HTML) and the tree stay in the
// first-level data cache together. A power of two (indices are masked to
// it).
const rowGroup = 16

// ScoreRows sets out[i] to Score of the row vecs[i*dim:(i+1)*dim], for
// each of the len(out) rows, bit for bit: each row's leaves are added in
// the trees' order, from Base, as Score adds them. It panics as Score does
// when a row is shorter than a node's feature, and when vecs holds fewer
// than len(out) rows. Rows are read in place where viewLen values follow
// a row's start in vecs (all but a page's last few; a caller that builds
// the rows can leave that room, see Scores), else from a copy.
func (f *Forest) ScoreRows(vecs []float32, dim int, out []float32) {
	_ = vecs[:len(out)*dim]
	p := (*packed4)(nil)
	if f.Depth == 4 {
		p = f.packedFor4()
	}
	if p == nil || p.maxFeat >= dim {
		for i := range out {
			out[i] = f.Score(vecs[i*dim : (i+1)*dim])
		}
		return
	}
	var spare []float32 // a copy of a group too near the end of vecs
	for lo := 0; lo < len(out); lo += rowGroup {
		acc := out[lo:min(len(out), lo+rowGroup)]
		rows := vecs[lo*dim:]
		if (len(acc)-1)*dim+viewLen > len(rows) {
			if spare == nil {
				spare = make([]float32, (rowGroup-1)*dim+viewLen)
			}
			copy(spare, rows[:len(acc)*dim])
			rows = spare
		}
		var views [rowGroup]*[viewLen]float32
		for j := range acc {
			views[j] = (*[viewLen]float32)(rows[j*dim : j*dim+viewLen])
		}
		p.scoreGroup(f.Base, &views, acc)
	}
}

// scoreGroup sets acc[j] to base plus the leaves the vector views[j]
// reaches in p's trees, tree by tree (len(acc) <= rowGroup). Every feature
// p's nodes read is below viewLen, and below the vectors' length.
func (p *packed4) scoreGroup(base float32, views *[rowGroup]*[viewLen]float32, acc []float32) {
	m := len(acc)
	if m%2 == 1 {
		// addTo walks the vectors two by two: an odd group's last is
		// walked twice, into a sum not kept
		views[m] = views[m-1]
		m++
	}
	var s [rowGroup]float32
	for j := range m {
		s[j&(rowGroup-1)] = base
	}
	for i := range p.trees {
		p.trees[i].addTo(&s, views, m)
	}
	copy(acc, s[:len(acc)])
}

// addTo adds to s[j] the leaf the vector views[j] reaches in t, for the
// first m vectors (m even): leafOf written out for two vectors a step, so
// that the loop keeps its registers and the two walks overlap.
func (t *tree4) addTo(s *[rowGroup]float32, views *[rowGroup]*[viewLen]float32, m int) {
	rootFeat, rootThr := t.feat[1]&(viewLen-1), t.thr[1]
	feat, thr, leaf := &t.feat, &t.thr, &t.leaf
	for j := 0; j+1 < m; j += 2 {
		v, w := views[j&(rowGroup-1)], views[(j+1)&(rowGroup-1)]
		i := (2 + right(v[rootFeat] > rootThr)) & 15
		h := (2 + right(w[rootFeat] > rootThr)) & 15
		i = (2*i + right(v[feat[i]&(viewLen-1)] > thr[i])) & 15
		h = (2*h + right(w[feat[h]&(viewLen-1)] > thr[h])) & 15
		i = (2*i + right(v[feat[i]&(viewLen-1)] > thr[i])) & 15
		h = (2*h + right(w[feat[h]&(viewLen-1)] > thr[h])) & 15
		i = (2*i + right(v[feat[i]&(viewLen-1)] > thr[i])) & 15
		h = (2*h + right(w[feat[h]&(viewLen-1)] > thr[h])) & 15
		s[j&(rowGroup-1)] += leaf[i]
		s[(j+1)&(rowGroup-1)] += leaf[h]
	}
}
