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
