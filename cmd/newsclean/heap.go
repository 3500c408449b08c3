package main

import (
	"os"
	"runtime/debug"
	"strings"
)

// fitGC says whether prepareHeap sets the command's collection target
// (gcPercent, gcBallast): true in the command unless GOGC is in the
// environment, which then wins.
var fitGC bool

// fitHeap says whether run lays out the heap for a batch (prepareHeap):
// true in the command, false in tests, which call run side by side in one
// process.
var fitHeap bool

// gcPercent is the command's garbage-collection target. The live heap is
// small (rules, models, the normaliser: about 10 MB) and each page
// allocates several times its size, so the default (GOGC=100) collects
// after every few pages. Twice the headroom halves that work for about
// 5 MB more memory, and the ballast (gcBallast) cuts it to a quarter again
// for about 20 MB more; the memory stays flat over a batch.
const gcPercent = 200

// ballastSize is the size of gcBallast.
const ballastSize = 8 << 20

// gcBallast raises the heap the collector counts by ballastSize, so that
// it collects when the heap has grown by (live + ballastSize) * gcPercent
// / 100 instead of live * gcPercent / 100 (with the runtime's 4 MB floor):
// over a batch of ordinary pages, whose live heap is about 2 MB, that is
// about 30 MB between collections instead of 8, a quarter as many
// collections. It holds no pointers and is never written, so the collector
// never scans it and its pages are never touched (no resident memory);
// on a huge page the headroom it adds is fixed, not a multiple of the
// page, and the memory limit (memoryLimit) still bounds the heap. Set only
// when GOGC is not in the environment.
//
//lint:ignore U1000 held, never read: the collector counts it while it is reachable.
var gcBallast []byte

// hugeHeapSize is the stretch of heap prepareHeap maps at once: twice the
// heap a batch of ordinary pages reaches (the ballast, the live heap and
// gcPercent's headroom: 31 MB in GODEBUG=gctrace=1 over 2,000 seed
// files), and about what a batch of web pages reaches (60 WCXB HTML pages:
// 14,800 faults, 7,500 with 32 MiB, 3,200 with 64). What the batch does
// not reach is never touched: it costs no memory.
const hugeHeapSize = 64 << 20

// prepareHeap sets the command's collection target (gcPercent and
// gcBallast, when fitGC) and lays out the heap a batch grows into: it maps
// hugeHeapSize of heap in one piece, advises the kernel to back it with
// transparent huge pages (2 MiB each, adviseHugeHeap) and leaves it free
// for the batch's pages.
//
// The Go runtime maps its heap in 4 MiB steps as it grows and leaves Linux
// to back it a 4 KiB page at a time, on first touch: a batch whose heap
// grows to 31 MB takes about 6,000 page faults to get there, once per
// process. A fault costs 1 to 2 µs on bare metal and about 12 µs on the
// virtual machines that run the benchmarks, where the 2,000 seed files'
// run spent about a sixth of its CPU time on them. Backed by huge pages
// the same heap takes a few dozen faults (BENCHMARKS.md, twenty-fourth
// session).
//
// The collector is off while the ballast and the block are allocated, so
// that neither starts a collection that could find the block still live:
// the first collection after it, as soon as the batch allocates, frees the
// block, as the ballast's own allocation did before (one collection at
// start-up either way). Memory is used only where the batch's pages land,
// in 2 MiB steps instead of 4 KiB ones. The advice is left out where the
// kernel has no transparent huge pages or has them set to never, and when
// GODEBUG asks the runtime for none (disablethp=1).
func prepareHeap() {
	target := debug.SetGCPercent(-1)
	if fitGC {
		target = gcPercent
		gcBallast = make([]byte, ballastSize)
	}
	if hugePagesOn() && !strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") {
		adviseHugeHeap(hugeHeapSize)
	}
	debug.SetGCPercent(target)
}

// thpEnabled is the kernel's setting of transparent huge pages.
const thpEnabled = "/sys/kernel/mm/transparent_hugepage/enabled"

// hugePagesOn reports whether the kernel backs memory advised so with
// transparent huge pages (thpAdvisable of its thpEnabled setting).
func hugePagesOn() bool {
	b, err := os.ReadFile(thpEnabled)
	return err == nil && thpAdvisable(string(b))
}

// thpAdvisable reports whether a thpEnabled setting ("always [madvise]
// never", the bracketed word being the one in force) backs advised memory
// with huge pages: always or madvise, not never.
func thpAdvisable(setting string) bool {
	return strings.Contains(setting, "[always]") || strings.Contains(setting, "[madvise]")
}
