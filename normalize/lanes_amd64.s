//go:build amd64 && !purego

#include "textflag.h"

// func classifyBlocks(p *byte, n int, stops, starts, lfs *uint16)
//
// For each block of sixteen bytes x, with y the sixteen bytes one before:
// stops = (0x20 > x, signed, and x != '\n') | (x <= 0x20 and y <= 0x20,
// unsigned); starts = ((x & 0xE0 == 0x40) | (x & 0xC0 == 0xC0)) and not
// word(y), where word(y) = (y | 0x20 > 0x60 and 0x7B > y | 0x20) | (y >
// 0x2F and 0x3A > y), signed (an ASCII letter or digit; a byte outside
// ASCII is negative and in neither range); lfs = (x == '\n').
TEXT ·classifyBlocks(SB), NOSPLIT, $0-40
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ stops+16(FP), DI
	MOVQ starts+24(FP), R8
	MOVQ lfs+32(FP), R9
	TESTQ CX, CX
	JZ   done
	MOVQ $0x2020202020202020, AX
	MOVQ AX, X10
	PUNPCKLQDQ X10, X10
	MOVQ $0x0a0a0a0a0a0a0a0a, AX
	MOVQ AX, X11
	PUNPCKLQDQ X11, X11
	MOVQ $0xe0e0e0e0e0e0e0e0, AX
	MOVQ AX, X12
	PUNPCKLQDQ X12, X12
	MOVQ $0x4040404040404040, AX
	MOVQ AX, X13
	PUNPCKLQDQ X13, X13
	MOVQ $0xc0c0c0c0c0c0c0c0, AX
	MOVQ AX, X14
	PUNPCKLQDQ X14, X14
	MOVQ $0x6060606060606060, AX
	MOVQ AX, X7
	PUNPCKLQDQ X7, X7
	MOVQ $0x7b7b7b7b7b7b7b7b, AX
	MOVQ AX, X8
	PUNPCKLQDQ X8, X8
	MOVQ $0x2f2f2f2f2f2f2f2f, AX
	MOVQ AX, X9
	PUNPCKLQDQ X9, X9
	MOVQ $0x3a3a3a3a3a3a3a3a, AX
	MOVQ AX, X15
	PUNPCKLQDQ X15, X15

loop:
	MOVOU (SI), X0
	MOVOU -1(SI), X1
	// a control byte or one outside ASCII, not a line feed
	MOVO    X10, X2
	PCMPGTB X0, X2
	MOVO    X0, X3
	PCMPEQB X11, X3
	PMOVMSKB X3, AX
	MOVW    AX, (R9)
	PANDN   X2, X3
	// white space after white space
	MOVO    X0, X4
	PMINUB  X10, X4
	PCMPEQB X0, X4
	MOVO    X1, X5
	PMINUB  X10, X5
	PCMPEQB X1, X5
	PAND    X5, X4
	POR     X4, X3
	PMOVMSKB X3, AX
	MOVW    AX, (DI)
	// the byte before an ASCII letter or digit
	MOVO    X1, X2
	POR     X10, X2
	MOVO    X2, X3
	PCMPGTB X7, X3
	MOVO    X8, X4
	PCMPGTB X2, X4
	PAND    X4, X3
	MOVO    X1, X5
	PCMPGTB X9, X5
	MOVO    X15, X4
	PCMPGTB X1, X4
	PAND    X4, X5
	POR     X5, X3
	// 0x40 to 0x5F, and 0xC0 and up, not after such a byte
	MOVO    X0, X6
	PAND    X12, X6
	PCMPEQB X13, X6
	PAND    X14, X0
	PCMPEQB X14, X0
	POR     X6, X0
	PANDN   X0, X3
	PMOVMSKB X3, AX
	MOVW    AX, (R8)
	ADDQ    $16, SI
	ADDQ    $2, DI
	ADDQ    $2, R8
	ADDQ    $2, R9
	DECQ    CX
	JNZ     loop

done:
	RET

// CLASSIFY32 is classifyBlocksAVX2's work on one block of thirty-two
// bytes, xoff(SI), with yoff(SI) the thirty-two bytes one before (yoff is
// xoff-1); its bits go to moff(R9) (line feeds), moff(DI) (stops) and
// moff(R8) (starts). The steps, in order: a control byte or one outside
// ASCII, not a line feed; white space after white space; the byte before
// an ASCII letter or digit; 0x40 to 0x5F, and 0xC0 and up (the bytes
// whose high nibble the table in Y13 marks, read by VPSHUFB: three
// instructions where classifyBlocks's masks take five), not after such a
// byte. It uses Y0 to Y5 and AX.
#define CLASSIFY32(xoff, yoff, moff) \
	VMOVDQU xoff(SI), Y0; \
	VMOVDQU yoff(SI), Y1; \
	VPCMPGTB Y0, Y10, Y2; \
	VPCMPEQB Y11, Y0, Y3; \
	VPMOVMSKB Y3, AX; \
	MOVL     AX, moff(R9); \
	VPANDN   Y2, Y3, Y3; \
	VPMINUB  Y10, Y0, Y4; \
	VPCMPEQB Y0, Y4, Y4; \
	VPMINUB  Y10, Y1, Y5; \
	VPCMPEQB Y1, Y5, Y5; \
	VPAND    Y5, Y4, Y4; \
	VPOR     Y4, Y3, Y3; \
	VPMOVMSKB Y3, AX; \
	MOVL     AX, moff(DI); \
	VPOR     Y10, Y1, Y2; \
	VPCMPGTB Y7, Y2, Y3; \
	VPCMPGTB Y2, Y8, Y4; \
	VPAND    Y4, Y3, Y3; \
	VPCMPGTB Y9, Y1, Y5; \
	VPCMPGTB Y1, Y15, Y4; \
	VPAND    Y4, Y5, Y5; \
	VPOR     Y5, Y3, Y3; \
	VPSRLW   $4, Y0, Y2; \
	VPAND    Y12, Y2, Y2; \
	VPSHUFB  Y2, Y13, Y2; \
	VPANDN   Y2, Y3, Y3; \
	VPMOVMSKB Y3, AX; \
	MOVL     AX, moff(R8)

// func classifyBlocksAVX2(p *byte, n int, stops, starts, lfs *uint16)
//
// classifyBlocks for n blocks of thirty-two bytes, a block's bits as one
// uint32 (two of classifyBlocks's uint16s).
TEXT ·classifyBlocksAVX2(SB), NOSPLIT, $0-40
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ stops+16(FP), DI
	MOVQ starts+24(FP), R8
	MOVQ lfs+32(FP), R9
	TESTQ CX, CX
	JZ   doneavx
	MOVQ $0x20, AX
	MOVQ AX, X10
	VPBROADCASTB X10, Y10
	MOVQ $0x0a, AX
	MOVQ AX, X11
	VPBROADCASTB X11, Y11
	MOVQ $0x0f, AX
	MOVQ AX, X12
	VPBROADCASTB X12, Y12
	// a table of the high nibbles: 0xFF at 4, 5 and 12 to 15 (0x40 to
	// 0x5F, 0xC0 and up), in both lanes
	MOVQ $0x0000ffff00000000, AX
	MOVQ AX, X13
	MOVQ $0xffffffff00000000, AX
	VPINSRQ $1, AX, X13, X13
	VPERMQ $0x44, Y13, Y13
	MOVQ $0x60, AX
	MOVQ AX, X7
	VPBROADCASTB X7, Y7
	MOVQ $0x7b, AX
	MOVQ AX, X8
	VPBROADCASTB X8, Y8
	MOVQ $0x2f, AX
	MOVQ AX, X9
	VPBROADCASTB X9, Y9
	MOVQ $0x3a, AX
	MOVQ AX, X15
	VPBROADCASTB X15, Y15

	// two blocks a step while two are left, then the last one if any
	SUBQ $2, CX
	JB   oneavx

loopavx:
	CLASSIFY32(0, -1, 0)
	CLASSIFY32(32, 31, 4)
	ADDQ $64, SI
	ADDQ $8, DI
	ADDQ $8, R8
	ADDQ $8, R9
	SUBQ $2, CX
	JAE  loopavx

oneavx:
	ADDQ $2, CX
	JZ   zeroavx
	CLASSIFY32(0, -1, 0)

zeroavx:
	VZEROUPPER

doneavx:
	RET
