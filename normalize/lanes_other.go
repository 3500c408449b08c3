//go:build !amd64

package normalize

// classifyText writes the bits of src to stops, starts and lfs, of
// (len(src)+63)/64 words each (see classifyTextSWAR).
func classifyText(src []byte, stops, starts, lfs []uint64) {
	classifyTextSWAR(src, stops, starts, lfs)
}
