//go:build !amd64 || purego

package blockfeat

// addTreesCols is never called where useLanes is false.
func addTreesCols(trees *tree8, n int, cols *float32, acc *[colRows]float32) {
	panic("blockfeat: addTreesCols without the assembly")
}

// useLanes is false: the lanes' loop is assembly for amd64.
var useLanes = false

// addTreesColsZMM is never called where useLanes is false.
func addTreesColsZMM(trees *tree8, n int, cols *float32, acc *[colRows]float32) {
	panic("blockfeat: addTreesColsZMM without the assembly")
}

// useZMM is false: the lanes' loops are assembly for amd64.
var useZMM = false

// columns8 is never called where useLanes is false.
func columns8(cols *float32, rows *[colRows]*float32, chunks int) {
	panic("blockfeat: columns8 without the assembly")
}
