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
// than len(out) rows. Where the processor has AVX2 (useLanes), the trees
// are walked by sixteen rows at a time in the lanes of vector registers
// (forestavx.go), the rows copied feature by feature. Elsewhere rows are read in
// place where viewLen values follow a row's start in vecs (all but a
// page's last few; a caller that builds the rows can leave that room, see
// Scores), else from a copy.
func (f *Forest) ScoreRows(vecs []float32, dim int, out []float32) {
	f.scoreRowsScratch(vecs, dim, out, nil)
}

// rowScratch holds the buffers ScoreRows makes beyond its arguments (the
// sixteen rows' columns, the zeros a short set reads, the copy of a group
// too near the end of vecs), so that a caller scoring a page a group at a
// time (Model.Scores) makes them once per page rather than once per group.
// The zero value is ready; a scratch serves one goroutine at a time.
type rowScratch struct {
	cols, zeros, spare []float32
}

// scratchBuf returns *b with n values, made (or grown) on first need and kept for
// the next call; the values are left as the last call wrote them.
func scratchBuf(b *[]float32, n int) []float32 {
	if cap(*b) < n {
		*b = make([]float32, n)
	}
	return (*b)[:n]
}

// scoreRowsScratch is ScoreRows with its buffers taken from s (nil: made
// for this call).
func (f *Forest) scoreRowsScratch(vecs []float32, dim int, out []float32, s *rowScratch) {
	_ = vecs[:len(out)*dim]
	if s == nil {
		s = new(rowScratch)
	}
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
	if useLanes && p.lanes != nil {
		scoreRowsLanes(p.lanes, f.Base, vecs, dim, out, s)
		return
	}
	if p.small != nil {
		scoreRowsSmall(p.small, f.Base, vecs, dim, out, s)
		return
	}
	for lo := 0; lo < len(out); lo += rowGroup {
		acc := out[lo:min(len(out), lo+rowGroup)]
		rows := vecs[lo*dim:]
		if (len(acc)-1)*dim+viewLen > len(rows) {
			// a copy of a group too near the end of vecs, with
			// viewLen values after its last row's start
			spare := scratchBuf(&s.spare, (rowGroup-1)*dim+viewLen)
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
// p's nodes read is below viewLen, and below the vectors' length. The
// trees are taken treeChunk at a time, and the vectors walk a chunk's
// trees four at a time (the last two or three two at a time), their sums
// held in registers.
func (p *packed4) scoreGroup(base float32, views *[rowGroup]*[viewLen]float32, acc []float32) {
	m := len(acc)
	if m%2 == 1 {
		// an odd group's last vector is walked twice, into a sum not
		// kept
		views[m] = views[m-1]
		m++
	}
	quads := m - m%4
	var s [rowGroup]float32
	for j := range m {
		s[j&(rowGroup-1)] = base
	}
	for lo := 0; lo < len(p.trees); lo += treeChunk {
		chunk := p.trees[lo:min(len(p.trees), lo+treeChunk)]
		for j := 0; j+3 < quads; j += 4 {
			j0, j1, j2, j3 := j&(rowGroup-1), (j+1)&(rowGroup-1), (j+2)&(rowGroup-1), (j+3)&(rowGroup-1)
			s[j0], s[j1], s[j2], s[j3] = addChunk4(chunk, views[j0], views[j1], views[j2], views[j3], s[j0], s[j1], s[j2], s[j3])
		}
		if quads < m {
			j0, j1 := quads&(rowGroup-1), (quads+1)&(rowGroup-1)
			s[j0], s[j1] = addChunk(chunk, views[j0], views[j1], s[j0], s[j1])
		}
	}
	copy(acc, s[:len(acc)])
}

// treeChunk is how many trees a pair of vectors walks before the next
// pair: few enough that the chunk (about 5 KB) stays in the first-level
// data cache beside the group's vectors while every pair walks it.
const treeChunk = 32

// addChunk returns sv and sw, each with the leaves that v and w reach in
// the trees added in order: leafOf written out for two vectors a step, so
// that the two walks overlap and the sums stay in registers.
func addChunk(trees []tree4, v, w *[viewLen]float32, sv, sw float32) (float32, float32) {
	for ; len(trees) > 0; trees = trees[1:] {
		t := &trees[0]
		rootFeat, rootThr := t.feat1&(viewLen-1), t.thr1
		a := right(v[rootFeat] > rootThr)
		e := right(w[rootFeat] > rootThr)
		a = 2*a + right(v[t.feat2[a]&(viewLen-1)] > t.thr2[a])
		e = 2*e + right(w[t.feat2[e]&(viewLen-1)] > t.thr2[e])
		a = 2*a + right(v[t.feat3[a]&(viewLen-1)] > t.thr3[a])
		e = 2*e + right(w[t.feat3[e]&(viewLen-1)] > t.thr3[e])
		a = 2*a + right(v[t.feat4[a]&(viewLen-1)] > t.thr4[a])
		e = 2*e + right(w[t.feat4[e]&(viewLen-1)] > t.thr4[e])
		sv += t.leaf[a]
		sw += t.leaf[e]
	}
	return sv, sw
}

// addChunk4 is addChunk for four vectors a step.
func addChunk4(trees []tree4, v, w, x, y *[viewLen]float32, sv, sw, sx, sy float32) (float32, float32, float32, float32) {
	for ; len(trees) > 0; trees = trees[1:] {
		t := &trees[0]
		rootFeat, rootThr := t.feat1&(viewLen-1), t.thr1
		a := right(v[rootFeat] > rootThr)
		e := right(w[rootFeat] > rootThr)
		b := right(x[rootFeat] > rootThr)
		c := right(y[rootFeat] > rootThr)
		a = 2*a + right(v[t.feat2[a]&(viewLen-1)] > t.thr2[a])
		e = 2*e + right(w[t.feat2[e]&(viewLen-1)] > t.thr2[e])
		b = 2*b + right(x[t.feat2[b]&(viewLen-1)] > t.thr2[b])
		c = 2*c + right(y[t.feat2[c]&(viewLen-1)] > t.thr2[c])
		a = 2*a + right(v[t.feat3[a]&(viewLen-1)] > t.thr3[a])
		e = 2*e + right(w[t.feat3[e]&(viewLen-1)] > t.thr3[e])
		b = 2*b + right(x[t.feat3[b]&(viewLen-1)] > t.thr3[b])
		c = 2*c + right(y[t.feat3[c]&(viewLen-1)] > t.thr3[c])
		a = 2*a + right(v[t.feat4[a]&(viewLen-1)] > t.thr4[a])
		e = 2*e + right(w[t.feat4[e]&(viewLen-1)] > t.thr4[e])
		b = 2*b + right(x[t.feat4[b]&(viewLen-1)] > t.thr4[b])
		c = 2*c + right(y[t.feat4[c]&(viewLen-1)] > t.thr4[c])
		sv += t.leaf[a]
		sw += t.leaf[e]
		sx += t.leaf[b]
		sy += t.leaf[c]
	}
	return sv, sw, sx, sy
}
