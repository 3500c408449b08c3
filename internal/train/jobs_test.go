package main

import "testing"

// TestTogether runs more jobs than cores, each writing its own slot, and
// checks that all ran before it returned.
func TestTogether(t *testing.T) {
	out := make([]int, 7)
	jobs := make([]func(), len(out))
	for i := range jobs {
		jobs[i] = func() { out[i] = i + 1 }
	}
	together(jobs...)
	for i, v := range out {
		if v != i+1 {
			t.Fatalf("job %d did not run before together returned: %v", i, out)
		}
	}
	if len(cores) != 0 {
		t.Errorf("%d cores still held", len(cores))
	}
}

// TestForEach checks that forEach calls f once for each index before it
// returns, and not at all for n == 0.
func TestForEach(t *testing.T) {
	calls := make([]int, 9)
	forEach(len(calls), func(i int) { calls[i]++ })
	for i, n := range calls {
		if n != 1 {
			t.Fatalf("index %d called %d times: %v", i, n, calls)
		}
	}
	forEach(0, func(i int) { t.Fatalf("called with %d for n == 0", i) })
}
