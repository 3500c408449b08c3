package clean

// numberRuns appends to runs the byte offsets at which the runs of ASCII
// digits of line open (a digit after a byte that is none), in order:
// findDateAfterOnce reads them once for all the stretches it tries.
func numberRuns(line string, runs []int) []int {
	prevDigit := false
	for i := 0; i < len(line); i++ {
		d := isDigit(line[i])
		if d && !prevDigit {
			runs = append(runs, i)
		}
		prevDigit = d
	}
	return runs
}
