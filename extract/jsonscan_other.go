//go:build !amd64 || purego

package extract

// plainBlocks returns the offset in s of its first byte that is not
// jsonPlain, looking at its whole blocks of sixteen bytes only: the
// length of those blocks when all their bytes are plain. Without the
// assembly it is plainBlocksSWAR.
func plainBlocks(s string) int { return plainBlocksSWAR(s) }
