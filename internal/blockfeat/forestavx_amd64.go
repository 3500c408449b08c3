//go:build amd64 && !purego

package blockfeat

import "golang.org/x/sys/cpu"

// addTreesCols adds to acc[j] the leaf that row j reaches in each of the n
// trees from trees, in order, for the sixteen rows given feature by
// feature in cols (feature f's values at cols[16f:16f+16]; forestavx_amd64.s,
// AVX2). n must be at least 1.
//
//go:noescape
func addTreesCols(trees *tree8, n int, cols *float32, acc *[colRows]float32)

// useLanes reports whether the lanes' loop runs: the processor has AVX2
// and the system saves its registers (golang.org/x/sys/cpu checks both).
// The tests turn it off to run the portable loops as well.
var useLanes = cpu.X86.HasAVX2

// addTreesColsZMM is addTreesCols in the sixteen lanes of one register
// (forestzmm_amd64.s, AVX-512): half the instructions.
//
//go:noescape
func addTreesColsZMM(trees *tree8, n int, cols *float32, acc *[colRows]float32)

// useZMM reports whether addTreesColsZMM runs in place of addTreesCols:
// the processor has AVX-512 and the system saves its registers.
var useZMM = cpu.X86.HasAVX512F

// columns8 is toColumns's copy of the first 8*chunks features of the
// sixteen rows (forestcolumns_amd64.s, AVX): cols[16f+j] = rows[j][f].
//
//go:noescape
func columns8(cols *float32, rows *[colRows]*float32, chunks int)
