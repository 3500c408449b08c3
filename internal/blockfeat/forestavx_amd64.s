//go:build amd64 && !purego

#include "textflag.h"

// func addTrees8(trees *tree8, n int, rows *float32, offs *[8]int32, acc *[8]float32)
//
// Eight rows, one a lane, walk each tree together: at each level a lane's
// node index a picks its feature and threshold from the level's eight
// slots (VPERMD, VPERMPS), its value is gathered from its row
// (rows + 4*(offs[lane] + feature)), and a becomes 2a+1 where the value
// is above the threshold (ordered: NaN goes left), else 2a; the leaf is
// picked from the sixteen by the low three bits of a and a blend on its
// fourth, and added to the lane's sum (VADDPS, one rounding as ADDSS).
//
// tree8: feat1 0, thr1 4, feat2 32, thr2 64, feat3 96, thr3 128,
// feat4 160, thr4 192, leaf 224 (sixteen); 288 bytes.
TEXT ·addTrees8(SB), NOSPLIT, $0-40
	MOVQ trees+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ rows+16(FP), DI
	MOVQ offs+24(FP), R8
	MOVQ acc+32(FP), R9
	VMOVDQU (R8), Y15
	VMOVUPS (R9), Y14
	VPXOR Y13, Y13, Y13

loop:
	// the root
	VPBROADCASTD 0(SI), Y0
	VPADDD Y15, Y0, Y0
	VPCMPEQD Y1, Y1, Y1
	VGATHERDPS Y1, (DI)(Y0*4), Y2
	VBROADCASTSS 4(SI), Y3
	VCMPPS $0x1e, Y3, Y2, Y4
	VPSUBD Y4, Y13, Y5

	// the second level
	VPERMD 32(SI), Y5, Y0
	VPADDD Y15, Y0, Y0
	VPCMPEQD Y1, Y1, Y1
	VGATHERDPS Y1, (DI)(Y0*4), Y2
	VPERMPS 64(SI), Y5, Y3
	VCMPPS $0x1e, Y3, Y2, Y4
	VPADDD Y5, Y5, Y5
	VPSUBD Y4, Y5, Y5

	// the third level
	VPERMD 96(SI), Y5, Y0
	VPADDD Y15, Y0, Y0
	VPCMPEQD Y1, Y1, Y1
	VGATHERDPS Y1, (DI)(Y0*4), Y2
	VPERMPS 128(SI), Y5, Y3
	VCMPPS $0x1e, Y3, Y2, Y4
	VPADDD Y5, Y5, Y5
	VPSUBD Y4, Y5, Y5

	// the fourth level
	VPERMD 160(SI), Y5, Y0
	VPADDD Y15, Y0, Y0
	VPCMPEQD Y1, Y1, Y1
	VGATHERDPS Y1, (DI)(Y0*4), Y2
	VPERMPS 192(SI), Y5, Y3
	VCMPPS $0x1e, Y3, Y2, Y4
	VPADDD Y5, Y5, Y5
	VPSUBD Y4, Y5, Y5

	// the leaf: slots 0-7 or 8-15 by the index's fourth bit
	VPERMPS 224(SI), Y5, Y6
	VPERMPS 256(SI), Y5, Y7
	VPSLLD $28, Y5, Y8
	VBLENDVPS Y8, Y7, Y6, Y6
	VADDPS Y6, Y14, Y14

	ADDQ $288, SI
	DECQ CX
	JNZ  loop

	VMOVUPS Y14, (R9)
	VZEROUPPER
	RET

// func addTrees16(trees *tree8, n int, rows *float32, offs *[16]int32, acc *[16]float32)
//
// addTrees8 for two sets of eight rows a tree, their walks interleaved
// so that one set's gathers overlap the other's.
TEXT ·addTrees16(SB), NOSPLIT, $0-40
	MOVQ trees+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ rows+16(FP), DI
	MOVQ offs+24(FP), R8
	MOVQ acc+32(FP), R9
	VMOVDQU 0(R8), Y15
	VMOVDQU 32(R8), Y12
	VMOVUPS 0(R9), Y14
	VMOVUPS 32(R9), Y13

loop16:
	// the root: a = 1 where right, else 0
	VPBROADCASTD 0(SI), Y3
	VPADDD Y15, Y3, Y0
	VPADDD Y12, Y3, Y6
	VPCMPEQD Y1, Y1, Y1
	VPCMPEQD Y7, Y7, Y7
	VGATHERDPS Y1, (DI)(Y0*4), Y2
	VGATHERDPS Y7, (DI)(Y6*4), Y8
	VBROADCASTSS 4(SI), Y3
	VCMPPS $0x1e, Y3, Y2, Y4
	VCMPPS $0x1e, Y3, Y8, Y10
	VPSRLD $31, Y4, Y5
	VPSRLD $31, Y10, Y11

	// the second level
	VPERMD 32(SI), Y5, Y0
	VPERMD 32(SI), Y11, Y6
	VPADDD Y15, Y0, Y0
	VPADDD Y12, Y6, Y6
	VPCMPEQD Y1, Y1, Y1
	VPCMPEQD Y7, Y7, Y7
	VGATHERDPS Y1, (DI)(Y0*4), Y2
	VGATHERDPS Y7, (DI)(Y6*4), Y8
	VPERMPS 64(SI), Y5, Y3
	VPERMPS 64(SI), Y11, Y9
	VCMPPS $0x1e, Y3, Y2, Y4
	VCMPPS $0x1e, Y9, Y8, Y10
	VPADDD Y5, Y5, Y5
	VPADDD Y11, Y11, Y11
	VPSUBD Y4, Y5, Y5
	VPSUBD Y10, Y11, Y11

	// the third level
	VPERMD 96(SI), Y5, Y0
	VPERMD 96(SI), Y11, Y6
	VPADDD Y15, Y0, Y0
	VPADDD Y12, Y6, Y6
	VPCMPEQD Y1, Y1, Y1
	VPCMPEQD Y7, Y7, Y7
	VGATHERDPS Y1, (DI)(Y0*4), Y2
	VGATHERDPS Y7, (DI)(Y6*4), Y8
	VPERMPS 128(SI), Y5, Y3
	VPERMPS 128(SI), Y11, Y9
	VCMPPS $0x1e, Y3, Y2, Y4
	VCMPPS $0x1e, Y9, Y8, Y10
	VPADDD Y5, Y5, Y5
	VPADDD Y11, Y11, Y11
	VPSUBD Y4, Y5, Y5
	VPSUBD Y10, Y11, Y11

	// the fourth level
	VPERMD 160(SI), Y5, Y0
	VPERMD 160(SI), Y11, Y6
	VPADDD Y15, Y0, Y0
	VPADDD Y12, Y6, Y6
	VPCMPEQD Y1, Y1, Y1
	VPCMPEQD Y7, Y7, Y7
	VGATHERDPS Y1, (DI)(Y0*4), Y2
	VGATHERDPS Y7, (DI)(Y6*4), Y8
	VPERMPS 192(SI), Y5, Y3
	VPERMPS 192(SI), Y11, Y9
	VCMPPS $0x1e, Y3, Y2, Y4
	VCMPPS $0x1e, Y9, Y8, Y10
	VPADDD Y5, Y5, Y5
	VPADDD Y11, Y11, Y11
	VPSUBD Y4, Y5, Y5
	VPSUBD Y10, Y11, Y11

	// the leaves
	VPERMPS 224(SI), Y5, Y0
	VPERMPS 256(SI), Y5, Y1
	VPSLLD $28, Y5, Y2
	VBLENDVPS Y2, Y1, Y0, Y0
	VADDPS Y0, Y14, Y14
	VPERMPS 224(SI), Y11, Y6
	VPERMPS 256(SI), Y11, Y7
	VPSLLD $28, Y11, Y8
	VBLENDVPS Y8, Y7, Y6, Y6
	VADDPS Y6, Y13, Y13

	ADDQ $288, SI
	DECQ CX
	JNZ  loop16

	VMOVUPS Y14, 0(R9)
	VMOVUPS Y13, 32(R9)
	VZEROUPPER
	RET
