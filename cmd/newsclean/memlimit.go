package main

import "runtime/debug"

// fitMemory says whether run sets a soft memory limit for its -j workers
// (setMemoryLimit): true in the command unless GOMEMLIMIT is in the
// environment; false in tests, which call run side by side in one process.
var fitMemory bool

// memoryLimit is the soft memory limit of a batch on jobs workers: 256 MiB,
// and 128 MiB a worker.
//
// With the command's GOGC of 200 the heap grows to three times what is
// live before a collection, and a huge page holds much while it is cleaned
// (30 MB of HTML in one paragraph about 350 MB): two of them at -j 2 took
// the process to 918 MB. Past the limit the collector runs sooner instead:
// over BENCHMARKS.md's folder of bad input at -j 2, peak RSS went from 918
// to 589 MB for 5% more CPU (from 910 to 539 MB and the same CPU without
// its 30 to 100 MB files). A batch of ordinary pages lives in about 40 MB
// and never meets it. The limit is soft: a live heap above it is not an
// error, the collector then works harder (with at most half the CPU, the
// runtime's cap).
func memoryLimit(jobs int) int64 {
	return 256<<20 + int64(max(jobs, 1))*128<<20
}

// setMemoryLimit sets memoryLimit(jobs) as the process's soft memory limit.
func setMemoryLimit(jobs int) {
	debug.SetMemoryLimit(memoryLimit(jobs))
}
