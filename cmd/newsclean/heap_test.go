package main

import (
	"runtime/debug"
	"testing"
)

// TestThpAdvisable: huge pages are there for advised memory when the
// kernel's setting in force (the bracketed word) is always or madvise.
func TestThpAdvisable(t *testing.T) {
	for setting, want := range map[string]bool{
		"always [madvise] never\n": true,
		"[always] madvise never\n": true,
		"always madvise [never]\n": false,
		"":                         false,
	} {
		if got := thpAdvisable(setting); got != want {
			t.Errorf("thpAdvisable(%q) = %v, want %v", setting, got, want)
		}
	}
}

// TestPrepareHeap: prepareHeap leaves the collection target as it found
// it unless it sets the command's own (fitGC), and then sets gcPercent and
// the ballast.
func TestPrepareHeap(t *testing.T) {
	was := debug.SetGCPercent(150)
	defer debug.SetGCPercent(was)
	defer func(fit bool) { fitGC, gcBallast = fit, nil }(fitGC)

	fitGC = false
	prepareHeap()
	if got := debug.SetGCPercent(150); got != 150 {
		t.Errorf("fitGC false: the target is %d after prepareHeap, want 150 as before", got)
	}
	if gcBallast != nil {
		t.Errorf("fitGC false: prepareHeap set a ballast")
	}
	fitGC = true
	prepareHeap()
	if got := debug.SetGCPercent(150); got != gcPercent {
		t.Errorf("fitGC true: the target is %d after prepareHeap, want %d", got, gcPercent)
	}
	if len(gcBallast) != ballastSize {
		t.Errorf("fitGC true: the ballast holds %d bytes, want %d", len(gcBallast), ballastSize)
	}
}
