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
	localRun(sh, strict, func(s *Shape) int { return max(2, s.Words/2) })
	localRun(sh, lenient, func(*Shape) int { return 1 })
}

// localRun writes into out the best run through each line over the best
// run of the page, a non-prose line costing penalty(line).
func localRun(sh []Shape, out []float32, penalty func(*Shape) int) {
	n := len(sh)
	if n == 0 {
		return
	}
	w := make([]int, n)
	for i := range sh {
		if sh[i].IsProse() {
			w[i] = sh[i].Words
		} else {
			w[i] = -penalty(&sh[i])
		}
	}
	end := make([]int, n) // the best run ending at i
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
