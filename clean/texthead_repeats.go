package clean

// textRepeats answers candCtx.repeatCount, how many candidates on a page
// print a candidate's text, without putting every line to the dear
// candidate tests: the lines that pass the cheap ones are grouped by their
// collapsed text once a page, and a group's lines are put to the dear
// tests, and counted, only when a candidate that prints its text asks
// (candCtx.bestOver and rankedCands.best ask only of the candidates still
// in the running at their last group of features). repeatCounts, which counts for every candidate
// at once, puts every line over a quarter of the story to them.
type textRepeats struct {
	first map[string]int32 // by collapsed text, the first line that passes the cheap tests and prints it
	next  []int32          // the next such line that prints the same text, -1: none
	count map[string]int   // the counts made, by collapsed text
}

// repeatCount returns how many candidates on the page print block i's
// text (i a candidate): the count repeatCounts gives for it. Linear in the
// page over all the calls: the groups are made once, and each group is
// counted once.
func (c *candCtx) repeatCount(i int) int {
	r := &c.repeats
	if r.first == nil {
		r.first, r.next, r.count = make(map[string]int32), make([]int32, c.n), make(map[string]int)
		last := make(map[string]int32)
		for j := range c.n {
			r.next[j] = -1
			if !c.cand.cheap(j) {
				continue
			}
			k := c.col.get(c.p, j, collapse)
			if l, ok := last[k]; ok {
				r.next[l] = int32(j)
			} else {
				r.first[k] = int32(j)
			}
			last[k] = int32(j)
		}
	}
	k := c.col.get(c.p, i, collapse)
	if n, ok := r.count[k]; ok {
		return n
	}
	n := 0
	if j, ok := r.first[k]; ok {
		for ; j >= 0; j = r.next[j] {
			if c.cand.at(int(j)) {
				n++
			}
		}
	}
	r.count[k] = n
	return n
}
