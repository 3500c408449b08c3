//go:build amd64 && !purego

package blockfeat

import "golang.org/x/sys/cpu"

// addTrees8 adds to acc[j] the leaf that the vector at rows[offs[j]:]
// reaches in each of the n trees from trees, in order (forestavx_amd64.s;
// AVX2). n must be at least 1.
//
//go:noescape
func addTrees8(trees *tree8, n int, rows *float32, offs *[laneRows]int32, acc *[laneRows]float32)

// useLanes reports whether the eight-lane loop runs: the processor has
// AVX2 and the system saves its registers (golang.org/x/sys/cpu checks
// both). The tests turn it off to run the portable loops as well.
var useLanes = cpu.X86.HasAVX2

// addTrees16 is addTrees8 for sixteen rows, two sets of eight walked
// together.
//
//go:noescape
func addTrees16(trees *tree8, n int, rows *float32, offs *[2 * laneRows]int32, acc *[2 * laneRows]float32)
