//go:build !amd64 || purego

package normalize

// bitLanes is false without the assembly: the bitmaps made eight bytes at
// a time in Go (classifyTextSWAR) cost more than they save, so textLanes's
// methods take the eight-byte scans of the line-by-line path (plainTo,
// lineStart, lineEnd, automaton.scan) and set makes no bitmap. On the
// seeds (BenchmarkSeeds, instructions counted by cachegrind) the SWAR
// bitmaps cost about 800k a pass, these scans about 700k.
const bitLanes = false

// classifyText writes the bits of src to stops, starts and lfs, of
// (len(src)+63)/64 words each (see classifyTextSWAR); only the tests call
// it here.
func classifyText(src []byte, stops, starts, lfs []uint64) {
	classifyTextSWAR(src, stops, starts, lfs)
}
