package main

import (
	"os"
	"strings"
	"testing"
)

// TestAdviseHugeHeap: after adviseHugeHeap, a mapping of the process is
// advised for huge pages ("hg" among its VmFlags in /proc/self/smaps),
// where the kernel has them for advised memory.
func TestAdviseHugeHeap(t *testing.T) {
	if !hugePagesOn() {
		t.Skip("no transparent huge pages for advised memory here (" + thpEnabled + ")")
	}
	if n := hugeAdvised(t); n > 0 {
		t.Skipf("%d mappings advised for huge pages before the call: nothing to tell", n)
	}
	adviseHugeHeap(hugeHeapSize)
	if hugeAdvised(t) == 0 {
		t.Error("no mapping advised for huge pages after adviseHugeHeap")
	}
}

// hugeAdvised counts the process's mappings advised for huge pages.
func hugeAdvised(t *testing.T) int {
	b, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	n := 0
	for line := range strings.Lines(string(b)) {
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && strings.Contains(" "+flags+" ", " hg ") {
			n++
		}
	}
	return n
}
