package blockfeat

// This file lays the depth-4 trees out for scoring sixteen vectors at once
// in the lanes of two registers (forestavx_amd64.s, on a processor with
// AVX2): a level's nodes sit in eight slots, so that each lane picks its
// node's threshold by a permutation of the slots rather than a load of its
// own. The vectors are copied feature by feature (colRows values of a
// feature side by side), so that a node's feature is read for eight lanes
// in one load and a lane's value picked among its level's nodes by blends
// on the decisions it took above. An earlier loop read each lane's value
// from its own row by a gather, fewer instructions but slow on this
// machine's processor: over the first-pass rows of AEB's text pages
// (BenchmarkForestScoreRowsAEB, runs beside other work) the gathers took
// 85-110 ms, these loads 45-75 ms, the portable loop (forestsmall.go)
// 170-200 ms; the CLI over AEB's text pages 8% less CPU time, though 6%
// more instructions (the blends and the copy; the copy is an 8x8
// transpose in registers, forestcolumns_amd64.s). Where the processor has
// AVX-512 (useZMM) the sixteen rows sit in one register
// (forestzmm_amd64.s): blends on mask registers and the leaf in one
// permutation, about half the instructions, 25-33 ms against the AVX2
// loop's 43-59 ms.

// tree8 is one tree of depth 4 in the lanes' layout: the root's feature
// and threshold, then for each of the three levels below it the features
// and the thresholds of its nodes (two, four and eight of the eight slots
// used), then the sixteen leaves. A feature is held as the byte offset of
// its column (colBytes times the feature). A lane at a level's node a goes
// to the next level's node 2a+1 when its value is above the node's
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

// laneRows is how many vectors the lanes of one register hold.
const laneRows = 8

// colRows is how many vectors a call of addTreesCols walks: two registers'
// lanes.
const colRows = 2 * laneRows

// colBytes is the bytes of one feature's column: colRows values.
const colBytes = 4 * colRows

// laneTrees returns p's trees in the tree8 layout.
func (p *packed4) laneTrees() []tree8 {
	out := make([]tree8, len(p.trees))
	col := func(f uint16) int32 { return int32(f) * colBytes }
	for i := range p.trees {
		t, s := &p.trees[i], &out[i]
		s.feat1, s.thr1 = col(t.feat1), t.thr1
		for k := range t.feat2 {
			s.feat2[k], s.thr2[k] = col(t.feat2[k]), t.thr2[k]
		}
		for k := range t.feat3 {
			s.feat3[k], s.thr3[k] = col(t.feat3[k]), t.thr3[k]
		}
		for k := range t.feat4 {
			s.feat4[k], s.thr4[k] = col(t.feat4[k]), t.thr4[k]
		}
		s.leaf = t.leaf
	}
	return out
}

// scoreRowsLanes is ScoreRows for trees in the tree8 layout: each set of
// sixteen rows is copied feature by feature into cols (toColumns) and
// walked through the trees by addLanes; the lanes a set lacks rows for
// read zeros, into sums not kept. Every feature a node reads is below dim
// (ScoreRows checks), so its column is in cols. The columns and the zeros
// are s's buffers.
func scoreRowsLanes(trees []tree8, base float32, vecs []float32, dim int, out []float32, s *rowScratch) {
	if len(trees) == 0 {
		for i := range out {
			out[i] = base
		}
		return
	}
	cols := scratchBuf(&s.cols, colRows*dim)
	var zeros []float32 // the rows the last set lacks
	if len(out)%colRows != 0 {
		zeros = scratchBuf(&s.zeros, dim)
		clear(zeros)
	}
	for lo := 0; lo < len(out); lo += colRows {
		m := min(colRows, len(out)-lo)
		toColumns(cols, vecs[lo*dim:(lo+m)*dim], zeros, dim)
		addLanes(trees, base, cols, out[lo:lo+m])
	}
}

// addLanes sets out[j] (len(out) <= colRows) to base plus the leaves that
// row j, given feature by feature in cols, reaches in the trees (at least
// one), by addTreesCols or, where the processor has AVX-512,
// addTreesColsZMM. Each lane adds its row's leaves in the trees' order,
// from base, with the same single-precision additions as Score, so the
// sums are the same bit for bit.
func addLanes(trees []tree8, base float32, cols []float32, out []float32) {
	var acc [colRows]float32
	for j := range acc {
		acc[j] = base
	}
	if useZMM {
		addTreesColsZMM(&trees[0], len(trees), &cols[0], &acc)
	} else {
		addTreesCols(&trees[0], len(trees), &cols[0], &acc)
	}
	copy(out, acc[:len(out)])
}

// toColumns sets cols[colRows*f+j] to row j's feature f, for the up to
// colRows rows of dim features in rows, and to 0 for the rows it lacks
// (read from zeros, dim or more zeros), by putColumns.
func toColumns(cols, rows, zeros []float32, dim int) {
	var r [colRows][]float32
	for j := range r {
		if (j+1)*dim <= len(rows) {
			r[j] = rows[j*dim : (j+1)*dim]
		} else {
			r[j] = zeros[:dim]
		}
	}
	putColumns(cols, 0, &r, dim)
}

// putColumns sets cols[colRows*(at+f)+j] to r[j][f], for the first width
// features of each of the colRows rows r: the columns at to at+width-1.
// The features are copied eight at a time by columns8 (an 8x8 transpose
// in registers); when width is not a multiple of eight, the last eight
// features once more (overlapping the eight before, which are written
// again with the same values), so that no feature is copied one at a
// time; rows narrower than eight features are.
func putColumns(cols []float32, at int, r *[colRows][]float32, width int) {
	cols = cols[at*colRows : (at+width)*colRows]
	for j := range r {
		_ = r[j][:width]
	}
	if width < 8 {
		for f := range width {
			c := (*[colRows]float32)(cols[f*colRows:])
			for j := range c {
				c[j] = r[j][f]
			}
		}
		return
	}
	var ptrs [colRows]*float32
	for j := range r {
		ptrs[j] = &r[j][0]
	}
	columns8(&cols[0], &ptrs, width/8)
	if width%8 != 0 {
		for j := range r {
			ptrs[j] = &r[j][width-8]
		}
		columns8(&cols[(width-8)*colRows], &ptrs, 1)
	}
}
