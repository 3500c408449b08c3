package blockfeat

// This file scores the second pass's rows (a block's first-pass features,
// then its PassTwo second-pass features) without building them: where the
// lanes' loop runs, each set of sixteen blocks is copied into columns
// straight from the two arrays the row would be built from, rather than
// built as rows and then copied again into columns.

// scoreJoined sets out[i] to f's score of the row that is a's row i (dimA
// features) followed by b's row i (dimB features), bit for bit as
// ScoreRows of the rows built, and reports whether it did: it scores only
// through the lanes' loop (useLanes, trees of depth 4 whose features are
// all below dimA+dimB), and leaves out alone when that does not run. The
// columns and the zeros are s's buffers.
func (f *Forest) scoreJoined(a []float32, dimA int, b []float32, dimB int, out []float32, s *rowScratch) bool {
	if !useLanes || f.Depth != 4 {
		return false
	}
	p := f.packedFor4()
	if p == nil || p.lanes == nil || p.maxFeat >= dimA+dimB {
		return false
	}
	a, b = a[:len(out)*dimA], b[:len(out)*dimB]
	if len(p.lanes) == 0 {
		for i := range out {
			out[i] = f.Base
		}
		return true
	}
	cols := scratchBuf(&s.cols, colRows*(dimA+dimB))
	var zeros []float32 // the rows the last set lacks
	if len(out)%colRows != 0 {
		zeros = scratchBuf(&s.zeros, max(dimA, dimB))
		clear(zeros)
	}
	for lo := 0; lo < len(out); lo += colRows {
		m := min(colRows, len(out)-lo)
		var ra, rb [colRows][]float32
		for j := range colRows {
			if i := lo + j; j < m {
				ra[j], rb[j] = a[i*dimA:(i+1)*dimA], b[i*dimB:(i+1)*dimB]
			} else {
				ra[j], rb[j] = zeros[:dimA], zeros[:dimB]
			}
		}
		putColumns(cols, 0, &ra, dimA)
		putColumns(cols, dimA, &rb, dimB)
		addLanes(p.lanes, f.Base, cols, out[lo:lo+m])
	}
	return true
}
