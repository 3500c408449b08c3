//go:build !amd64 || purego

package blockfeat

// addTrees8 is never called where useLanes is false.
func addTrees8(trees *tree8, n int, rows *float32, offs *[laneRows]int32, acc *[laneRows]float32) {
	panic("blockfeat: addTrees8 without the assembly")
}

// useLanes is false: the eight-lane loop is assembly for amd64.
var useLanes = false

// addTrees16 is never called where useLanes is false.
func addTrees16(trees *tree8, n int, rows *float32, offs *[2 * laneRows]int32, acc *[2 * laneRows]float32) {
	panic("blockfeat: addTrees16 without the assembly")
}
