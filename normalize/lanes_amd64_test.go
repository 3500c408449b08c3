//go:build amd64 && !purego

package normalize

import "testing"

// TestTextLanesSSE2 is TestTextLanes with AVX2 turned off, where the
// processor has it: the SSE2 blocks then make every bit.
func TestTextLanesSSE2(t *testing.T) {
	if !hasAVX2 {
		t.Skip("no AVX2: TestTextLanes ran the SSE2 path")
	}
	hasAVX2 = false
	defer func() { hasAVX2 = true }()
	testTextLanes(t)
}

// TestClassifyBlocksAVX2Counts holds classifyBlocksAVX2 to classifyBlocks
// (sixteen bytes a block) for every count of blocks from 0 to 9, odd and
// even (it takes two blocks a step, then the last one alone), at each
// offset of the text in a block, on words and on every byte value (its
// start bits come from a table of high nibbles, the SSE2 blocks' from
// masks), and checks that it writes no bit past the blocks it is given.
func TestClassifyBlocksAVX2Counts(t *testing.T) {
	if !hasAVX2 {
		t.Skip("no AVX2")
	}
	words := make([]byte, 1+32*9+8)
	const text = "Ab c\n\tZ9 \xc3\xa9.  Xy\n\n-q"
	for i := range words {
		words[i] = text[i%len(text)]
	}
	every := make([]byte, len(words)) // every byte value, each after several others
	for i := range every {
		every[i] = byte(i * 37)
	}
	for _, src := range [][]byte{words, every} {
		testAVX2Counts(t, src)
	}
}

func testAVX2Counts(t *testing.T, src []byte) {
	for n := range 10 {
		for off := 1; off <= 8; off++ {
			const guard = 0xBEEF
			var got, want [3][2*10 + 1]uint16
			for k := range got {
				got[k][2*n] = guard
			}
			classifyBlocksAVX2(&src[off], n, &got[0][0], &got[1][0], &got[2][0])
			if n > 0 {
				classifyBlocks(&src[off], 2*n, &want[0][0], &want[1][0], &want[2][0])
			}
			for k := range got {
				if got[k][2*n] != guard {
					t.Fatalf("%d blocks: a bit written past them", n)
				}
				got[k][2*n] = 0
				if got[k] != want[k] {
					t.Fatalf("%d blocks at %d, bitmap %d: %x, classifyBlocks %x", n, off, k, got[k], want[k])
				}
			}
		}
	}
}
