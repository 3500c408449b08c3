//go:build amd64 && !purego

package extract

import "unsafe"

// jsonPlainBlocks returns the offset of the first byte of p[:n&^15] that
// is not jsonPlain, or n&^15 when all are: sixteen bytes at a time, with
// SSE2, which every amd64 processor has (jsonscan_amd64.s).
//
//go:noescape
func jsonPlainBlocks(p *byte, n int) int

// plainBlocks returns the offset in s of its first byte that is not
// jsonPlain, looking at its whole blocks of sixteen bytes only: the
// length of those blocks when all their bytes are plain.
func plainBlocks(s string) int {
	if len(s) < 16 {
		return 0
	}
	return jsonPlainBlocks(unsafe.StringData(s), len(s))
}
