//go:build amd64 && !purego

#include "textflag.h"

// func addTreesCols(trees *tree8, n int, cols *float32, acc *[16]float32)
//
// Sixteen rows, one a lane of two registers, walk each tree together
// without gathers: the rows are given feature by feature (cols: feature
// f's sixteen values at 64*f, which tree8 holds as the feature's byte
// offset), so that the value of a node's feature is one load for eight
// lanes. At a level of k nodes a lane's value is picked from the k loads
// by blends on the lane's decisions above (the previous level's first,
// the root's last) and its threshold by a permutation of the level's
// slots by its node index a; a becomes 2a+1 where the value is above the
// threshold (ordered: NaN goes left), else 2a. The leaf is picked from the
// sixteen by the low three bits of a and a blend on its fourth, and added
// to the lane's sum (VADDPS, one rounding as ADDSS).
//
// tree8: feat1 0, thr1 4, feat2 32, thr2 64, feat3 96, thr3 128,
// feat4 160, thr4 192, leaf 224 (sixteen); 288 bytes.
TEXT ·addTreesCols(SB), NOSPLIT, $0-32
	MOVQ trees+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ cols+16(FP), DI
	MOVQ acc+24(FP), R9
	VMOVUPS 0(R9), Y14
	VMOVUPS 32(R9), Y13

loop:
	// the root: M1 all ones where right, a = 1 there, else 0
	MOVL 0(SI), AX
	VBROADCASTSS 4(SI), Y3
	VMOVUPS 0(DI)(AX*1), Y2
	VCMPPS $0x1e, Y3, Y2, Y10
	VPSRLD $31, Y10, Y5
	VMOVUPS 32(DI)(AX*1), Y2
	VCMPPS $0x1e, Y3, Y2, Y7
	VPSRLD $31, Y7, Y4

	// the second level: node 1 where right at the root; M2 its decision
	MOVL 32(SI), AX
	MOVL 36(SI), BX
	VMOVUPS 0(DI)(AX*1), Y0
	VMOVUPS 0(DI)(BX*1), Y1
	VBLENDVPS Y10, Y1, Y0, Y2
	VPERMPS 64(SI), Y5, Y3
	VCMPPS $0x1e, Y3, Y2, Y11
	VPADDD Y5, Y5, Y5
	VPSUBD Y11, Y5, Y5
	VMOVUPS 32(DI)(AX*1), Y0
	VMOVUPS 32(DI)(BX*1), Y1
	VBLENDVPS Y7, Y1, Y0, Y2
	VPERMPS 64(SI), Y4, Y3
	VCMPPS $0x1e, Y3, Y2, Y8
	VPADDD Y4, Y4, Y4
	VPSUBD Y8, Y4, Y4

	// the third level: the pair by the second level's decision, then
	// the half by the root's; M3 its decision
	MOVL 96(SI), AX
	MOVL 100(SI), BX
	MOVL 104(SI), DX
	MOVL 108(SI), R8
	VMOVUPS 0(DI)(AX*1), Y0
	VMOVUPS 0(DI)(BX*1), Y1
	VBLENDVPS Y11, Y1, Y0, Y0
	VMOVUPS 0(DI)(DX*1), Y1
	VMOVUPS 0(DI)(R8*1), Y2
	VBLENDVPS Y11, Y2, Y1, Y1
	VBLENDVPS Y10, Y1, Y0, Y2
	VPERMPS 128(SI), Y5, Y3
	VCMPPS $0x1e, Y3, Y2, Y12
	VPADDD Y5, Y5, Y5
	VPSUBD Y12, Y5, Y5
	VMOVUPS 32(DI)(AX*1), Y0
	VMOVUPS 32(DI)(BX*1), Y1
	VBLENDVPS Y8, Y1, Y0, Y0
	VMOVUPS 32(DI)(DX*1), Y1
	VMOVUPS 32(DI)(R8*1), Y2
	VBLENDVPS Y8, Y2, Y1, Y1
	VBLENDVPS Y7, Y1, Y0, Y2
	VPERMPS 128(SI), Y4, Y3
	VCMPPS $0x1e, Y3, Y2, Y9
	VPADDD Y4, Y4, Y4
	VPSUBD Y9, Y4, Y4

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
	VMOVUPS 0(DI)(AX*1), Y0
	VMOVUPS 0(DI)(BX*1), Y1
	VBLENDVPS Y12, Y1, Y0, Y0
	VMOVUPS 0(DI)(DX*1), Y1
	VMOVUPS 0(DI)(R8*1), Y2
	VBLENDVPS Y12, Y2, Y1, Y1
	VBLENDVPS Y11, Y1, Y0, Y6
	VMOVUPS 0(DI)(R10*1), Y0
	VMOVUPS 0(DI)(R11*1), Y1
	VBLENDVPS Y12, Y1, Y0, Y0
	VMOVUPS 0(DI)(R12*1), Y1
	VMOVUPS 0(DI)(R13*1), Y2
	VBLENDVPS Y12, Y2, Y1, Y1
	VBLENDVPS Y11, Y1, Y0, Y15
	VBLENDVPS Y10, Y15, Y6, Y2
	VPERMPS 192(SI), Y5, Y3
	VCMPPS $0x1e, Y3, Y2, Y0
	VPADDD Y5, Y5, Y5
	VPSUBD Y0, Y5, Y5

	// the leaf: slots 0-7 or 8-15 by the index's fourth bit
	VPERMPS 224(SI), Y5, Y0
	VPERMPS 256(SI), Y5, Y1
	VPSLLD $28, Y5, Y2
	VBLENDVPS Y2, Y1, Y0, Y0
	VADDPS Y0, Y14, Y14
	VMOVUPS 32(DI)(AX*1), Y0
	VMOVUPS 32(DI)(BX*1), Y1
	VBLENDVPS Y9, Y1, Y0, Y0
	VMOVUPS 32(DI)(DX*1), Y1
	VMOVUPS 32(DI)(R8*1), Y2
	VBLENDVPS Y9, Y2, Y1, Y1
	VBLENDVPS Y8, Y1, Y0, Y6
	VMOVUPS 32(DI)(R10*1), Y0
	VMOVUPS 32(DI)(R11*1), Y1
	VBLENDVPS Y9, Y1, Y0, Y0
	VMOVUPS 32(DI)(R12*1), Y1
	VMOVUPS 32(DI)(R13*1), Y2
	VBLENDVPS Y9, Y2, Y1, Y1
	VBLENDVPS Y8, Y1, Y0, Y15
	VBLENDVPS Y7, Y15, Y6, Y2
	VPERMPS 192(SI), Y4, Y3
	VCMPPS $0x1e, Y3, Y2, Y0
	VPADDD Y4, Y4, Y4
	VPSUBD Y0, Y4, Y4

	// the leaf: slots 0-7 or 8-15 by the index's fourth bit
	VPERMPS 224(SI), Y4, Y0
	VPERMPS 256(SI), Y4, Y1
	VPSLLD $28, Y4, Y2
	VBLENDVPS Y2, Y1, Y0, Y0
	VADDPS Y0, Y13, Y13

	ADDQ $288, SI
	DECQ CX
	JNZ  loop

	VMOVUPS Y14, 0(R9)
	VMOVUPS Y13, 32(R9)
	VZEROUPPER
	RET
