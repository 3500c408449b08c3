package main

import (
	"runtime"
	"testing"
)

// TestFitCores: -j below the process's Ps lowers them to the workers; a
// -j at or above them leaves them alone.
func TestFitCores(t *testing.T) {
	was := runtime.GOMAXPROCS(3)
	defer runtime.GOMAXPROCS(was)
	fitCores(5)
	if got := runtime.GOMAXPROCS(0); got != 3 {
		t.Errorf("-j 5 with 3 Ps: GOMAXPROCS %d, want 3", got)
	}
	fitCores(1)
	if got := runtime.GOMAXPROCS(0); got != 1 {
		t.Errorf("-j 1 with 3 Ps: GOMAXPROCS %d, want 1", got)
	}
}
