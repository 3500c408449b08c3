//go:build amd64 && !purego

#include "textflag.h"

// func addTreesColsZMM(trees *tree8, n int, cols *float32, acc *[16]float32)
//
// addTreesCols in the sixteen lanes of one register (AVX-512): a node's
// feature is one load of its column for all sixteen rows, a lane's value
// is picked among its level's nodes by blends on the decisions above
// (mask registers), and its threshold and at the end its leaf by a
// permutation of the level's slots (the leaves' sixteen in one register;
// a level's slots past its nodes are read and never picked). The same
// comparisons (ordered: NaN goes left), leaves and single-precision
// additions as addTreesCols.
//
// tree8: feat1 0, thr1 4, feat2 32, thr2 64, feat3 96, thr3 128,
// feat4 160, thr4 192, leaf 224 (sixteen); 288 bytes.
TEXT ·addTreesColsZMM(SB), NOSPLIT, $0-32
	MOVQ trees+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ cols+16(FP), DI
	MOVQ acc+24(FP), R9
	VMOVUPS (R9), Z14
	VPTERNLOGD $0xff, Z13, Z13, Z13
	VPSRLD $31, Z13, Z13

loop:
	// the root: K1 where right, a (Z5) = 1 there, else 0
	MOVL 0(SI), AX
	VMOVUPS (DI)(AX*1), Z2
	VBROADCASTSS 4(SI), Z3
	VCMPPS $0x1e, Z3, Z2, K1
	VPXORD Z5, Z5, Z5
	VPADDD Z13, Z5, K1, Z5

	// the second level: node 1 where right at the root; K2 its decision
	MOVL 32(SI), AX
	MOVL 36(SI), BX
	VMOVUPS (DI)(AX*1), Z0
	VMOVUPS (DI)(BX*1), Z1
	VBLENDMPS Z1, Z0, K1, Z2
	VPERMPS 64(SI), Z5, Z3
	VCMPPS $0x1e, Z3, Z2, K2
	VPADDD Z5, Z5, Z5
	VPADDD Z13, Z5, K2, Z5

	// the third level: the pair by the second level's decision, then
	// the half by the root's; K3 its decision
	MOVL 96(SI), AX
	MOVL 100(SI), BX
	MOVL 104(SI), DX
	MOVL 108(SI), R8
	VMOVUPS (DI)(AX*1), Z0
	VMOVUPS (DI)(BX*1), Z1
	VBLENDMPS Z1, Z0, K2, Z0
	VMOVUPS (DI)(DX*1), Z1
	VMOVUPS (DI)(R8*1), Z2
	VBLENDMPS Z2, Z1, K2, Z1
	VBLENDMPS Z1, Z0, K1, Z2
	VPERMPS 128(SI), Z5, Z3
	VCMPPS $0x1e, Z3, Z2, K3
	VPADDD Z5, Z5, Z5
	VPADDD Z13, Z5, K3, Z5

	// the fourth level: pairs by the third level's decision, quarters
	// by the second's, the half by the root's
	MOVL 160(SI), AX
	MOVL 164(SI), BX
	MOVL 168(SI), DX
	MOVL 172(SI), R8
	MOVL 176(SI), R10
	MOVL 180(SI), R11
	MOVL 184(SI), R12
	MOVL 188(SI), R13
	VMOVUPS (DI)(AX*1), Z0
	VMOVUPS (DI)(BX*1), Z1
	VBLENDMPS Z1, Z0, K3, Z0
	VMOVUPS (DI)(DX*1), Z1
	VMOVUPS (DI)(R8*1), Z2
	VBLENDMPS Z2, Z1, K3, Z1
	VBLENDMPS Z1, Z0, K2, Z6
	VMOVUPS (DI)(R10*1), Z0
	VMOVUPS (DI)(R11*1), Z1
	VBLENDMPS Z1, Z0, K3, Z0
	VMOVUPS (DI)(R12*1), Z1
	VMOVUPS (DI)(R13*1), Z2
	VBLENDMPS Z2, Z1, K3, Z1
	VBLENDMPS Z1, Z0, K2, Z7
	VBLENDMPS Z7, Z6, K1, Z2
	VPERMPS 192(SI), Z5, Z3
	VCMPPS $0x1e, Z3, Z2, K4
	VPADDD Z5, Z5, Z5
	VPADDD Z13, Z5, K4, Z5

	// the leaf, one of the sixteen by the index
	VPERMPS 224(SI), Z5, Z6
	VADDPS Z6, Z14, Z14

	ADDQ $288, SI
	DECQ CX
	JNZ  loop

	VMOVUPS Z14, (R9)
	VZEROUPPER
	RET
