//go:build amd64 && !purego

package normalize

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// classifyBlocks writes the stop bits (stopBit, but for a space last in
// the text), the start bits (startBit) and the line feeds of n blocks of
// sixteen bytes from p, a block's bits as one uint16 to stops, starts and
// lfs, which it steps by one; p[-1] must be readable. It uses SSE2, which every amd64
// processor has (lanes_amd64.s).
//
//go:noescape
func classifyBlocks(p *byte, n int, stops, starts, lfs *uint16)

// classifyBlocksAVX2 is classifyBlocks for n blocks of thirty-two bytes,
// on a processor with AVX2 (hasAVX2).
//
//go:noescape
func classifyBlocksAVX2(p *byte, n int, stops, starts, lfs *uint16)

// hasAVX2 reports whether the processor has AVX2 and the system saves
// its registers (golang.org/x/sys/cpu checks both). The tests turn it
// off to run the SSE2 path as well.
var hasAVX2 = cpu.X86.HasAVX2

// bitLanes is true: the bitmaps are made by the assembly (see lanes_other.go).
const bitLanes = true

// classifyText writes the bits of src to stops, starts and lfs, of
// (len(src)+63)/64 words each: the whole blocks after the first in place,
// thirty-two bytes at a time where the processor can, the first and the
// last from a copy (its bits past the text are set by the zeros after it
// and are the caller's to clear).
func classifyText(src []byte, stops, starts, lfs []uint64) {
	st := unsafe.Slice((*uint16)(unsafe.Pointer(&stops[0])), 4*len(stops))
	sa := unsafe.Slice((*uint16)(unsafe.Pointer(&starts[0])), 4*len(starts))
	lf := unsafe.Slice((*uint16)(unsafe.Pointer(&lfs[0])), 4*len(lfs))
	var buf [32]byte
	buf[15] = '\n' // the text's start reads as after a line end
	copy(buf[16:], src)
	classifyBlocks(&buf[16], 1, &st[0], &sa[0], &lf[0])
	blocks := len(src) / 16
	k := 1 // the next block to write
	if hasAVX2 && blocks >= 3 {
		pairs := (blocks - 1) / 2
		classifyBlocksAVX2(&src[16], pairs, &st[1], &sa[1], &lf[1])
		k += 2 * pairs
	}
	if blocks > k {
		classifyBlocks(&src[16*k], blocks-k, &st[k], &sa[k], &lf[k])
		k = blocks
	}
	if r := len(src) % 16; r != 0 && blocks > 0 {
		buf = [32]byte{}
		buf[15] = src[16*blocks-1]
		copy(buf[16:], src[16*blocks:])
		classifyBlocks(&buf[16], 1, &st[k], &sa[k], &lf[k])
		k++
	}
	for ; k < len(st); k++ {
		st[k], sa[k], lf[k] = 0, 0, 0
	}
}
