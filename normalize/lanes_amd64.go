package normalize

import "unsafe"

// classifyBlocks writes the stop bits (stopBit, but for a space last in
// the text) and the start bits (startBit) of n blocks of sixteen bytes
// from p, a block's bits as one uint16 to stops and starts, which it
// steps by one; p[-1] must be readable. It uses SSE2, which every amd64
// processor has (lanes_amd64.s).
//
//go:noescape
func classifyBlocks(p *byte, n int, stops, starts *uint16)

// classifyText writes the bits of src to stops and starts, of
// (len(src)+63)/64 words each: the whole blocks after the first in place,
// the first and the last from a copy (its bits past the text are set by
// the zeros after it and are the caller's to clear).
func classifyText(src []byte, stops, starts []uint64) {
	st := unsafe.Slice((*uint16)(unsafe.Pointer(&stops[0])), 4*len(stops))
	sa := unsafe.Slice((*uint16)(unsafe.Pointer(&starts[0])), 4*len(starts))
	var buf [32]byte
	buf[15] = '\n' // the text's start reads as after a line end
	copy(buf[16:], src)
	classifyBlocks(&buf[16], 1, &st[0], &sa[0])
	blocks := len(src) / 16
	if blocks > 1 {
		classifyBlocks(&src[16], blocks-1, &st[1], &sa[1])
	}
	k := max(blocks, 1) // the next block to write
	if r := len(src) % 16; r != 0 && blocks > 0 {
		buf = [32]byte{}
		buf[15] = src[16*blocks-1]
		copy(buf[16:], src[16*blocks:])
		classifyBlocks(&buf[16], 1, &st[k], &sa[k])
		k++
	}
	for ; k < len(st); k++ {
		st[k], sa[k] = 0, 0
	}
}
