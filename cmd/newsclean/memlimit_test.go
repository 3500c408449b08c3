package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestMemoryLimit: the soft limit grows with the workers, and
// setMemoryLimit sets it (a test process has none: GOMEMLIMIT's default is
// no limit).
func TestMemoryLimit(t *testing.T) {
	if got, want := memoryLimit(2), int64(512<<20); got != want {
		t.Errorf("memoryLimit(2) = %d, want %d", got, want)
	}
	if memoryLimit(8) <= memoryLimit(2) || memoryLimit(0) != memoryLimit(1) {
		t.Errorf("memoryLimit: 0 %d, 1 %d, 2 %d, 8 %d", memoryLimit(0), memoryLimit(1), memoryLimit(2), memoryLimit(8))
	}
	was := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(was)
	debug.SetMemoryLimit(math.MaxInt64)
	setMemoryLimit(2)
	if got := debug.SetMemoryLimit(-1); got != 512<<20 {
		t.Errorf("after setMemoryLimit(2) the limit is %d", got)
	}
}
