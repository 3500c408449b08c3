package blockfeat

// localRuns returns, for each line, how strong the best run of lines
// through it is against the page's densest run, in [0, 1], at two
// penalties for a line that is not prose: the strict one of [DensestRun]
// (two points or half its words) and a lenient one (one point). A page
// cut into sections by furniture (a listicle's rating boxes, a product's
// specs between its paragraphs) has one densest run, and the features of
// place read the other sections' prose as lying outside the story; the best
// run through a line scores those sections high, and a blurb far below
// the story low. Both passes are linear: the best run ending at each line
// plus the best run starting at it, less the line itself.
func localRuns(sh []Shape, strict, lenient []float32) {
	localRunsIn(sh, strict, lenient, nil)
}

// localRunsIn is localRuns with its scratch in *scratch (nil: made for
// this call; else made or grown on need and kept for the next call).
func localRunsIn(sh []Shape, strict, lenient []float32, scratch *[]int) {
	n := len(sh)
	if n == 0 {
		return
	}
	// each line's points at the two penalties, and the best runs ending
	// at each line, in one buffer
	if scratch == nil {
		scratch = new([]int)
	}
	buf := reuse(scratch, 4*n)
	ws, wl, ends, endl := buf[:n], buf[n:2*n], buf[2*n:3*n], buf[3*n:]
	for i := range sh {
		if sh[i].IsProse() {
			ws[i], wl[i] = sh[i].Words, sh[i].Words
		} else {
			ws[i], wl[i] = -max(2, sh[i].Words/2), -1
		}
	}
	runsThrough(ws, ends, strict)
	runsThrough(wl, endl, lenient)
}

// runsThrough writes into out the best run through each line over the
// best run of the page, line i scoring w[i]; end is scratch of len(w).
func runsThrough(w, end []int, out []float32) {
	n := len(w)
	for i := range n {
		end[i] = w[i]
		if i > 0 && end[i-1] > 0 {
			end[i] += end[i-1]
		}
	}
	best, start := 0, 0 // start: the best run starting at i+1
	through := end      // overwritten from the end: the best run through i
	for i := n - 1; i >= 0; i-- {
		s := w[i] + max(start, 0)
		through[i] = end[i] + s - w[i]
		start = s
		best = max(best, through[i])
	}
	for i := range n {
		if best > 0 && through[i] > 0 {
			out[i] = float32(through[i]) / float32(best)
		} else {
			out[i] = 0
		}
	}
}
