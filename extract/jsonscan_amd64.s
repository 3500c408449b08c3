//go:build amd64 && !purego

#include "textflag.h"

// func jsonPlainBlocks(p *byte, n int) int
//
// Returns the offset of the first byte of p[:n&^15] that is not jsonPlain,
// or n&^15 when there is none. For each block of sixteen bytes x, a byte
// is flagged when 0x20 > x (signed: a control byte, or one outside ASCII),
// x|0x04 == '&' ('"' or '&'), x|0x02 == '>' ('<' or '>'), or x == '\\'.
TEXT ·jsonPlainBlocks(SB), NOSPLIT, $0-24
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	ANDQ $~15, CX
	XORQ AX, AX
	MOVQ $0x2020202020202020, DX
	MOVQ DX, X8
	PUNPCKLQDQ X8, X8
	MOVQ $0x0404040404040404, DX
	MOVQ DX, X9
	PUNPCKLQDQ X9, X9
	MOVQ $0x2626262626262626, DX
	MOVQ DX, X10
	PUNPCKLQDQ X10, X10
	MOVQ $0x0202020202020202, DX
	MOVQ DX, X11
	PUNPCKLQDQ X11, X11
	MOVQ $0x3e3e3e3e3e3e3e3e, DX
	MOVQ DX, X12
	PUNPCKLQDQ X12, X12
	MOVQ $0x5c5c5c5c5c5c5c5c, DX
	MOVQ DX, X13
	PUNPCKLQDQ X13, X13

loop:
	CMPQ AX, CX
	JAE  done
	MOVOU (SI)(AX*1), X0
	// a control byte, or one outside ASCII
	MOVO    X8, X1
	PCMPGTB X0, X1
	// '"' or '&'
	MOVO    X0, X2
	POR     X9, X2
	PCMPEQB X10, X2
	// '<' or '>'
	MOVO    X0, X3
	POR     X11, X3
	PCMPEQB X12, X3
	// '\\'
	PCMPEQB X13, X0
	POR     X2, X1
	POR     X3, X0
	POR     X1, X0
	PMOVMSKB X0, DX
	TESTL   DX, DX
	JNZ     found
	ADDQ    $16, AX
	JMP     loop

found:
	BSFL DX, DX
	ADDQ DX, AX

done:
	MOVQ AX, ret+16(FP)
	RET
