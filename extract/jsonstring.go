package extract

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// appendJSONString appends s as a JSON string the way encoding/json writes
// it with HTML escaping (its default): ", \ and control characters
// escaped (\b \f \n \r \t short, the others \u00XX), and <, >, &, U+2028 and
// U+2029 escaped too; invalid UTF-8 becomes U+FFFD. Runs of eight bytes
// that need none of this are passed whole (see notPlain8), and in a run
// that does need some, the bytes before the first such byte.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if i = jsonPlainRun(s, i); i >= len(s) {
				break
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonPlain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonPlainRun returns where the run of jsonPlain bytes at s[i:] ends, or
// a place in its last seven bytes: plainBlocks reads it sixteen bytes at a
// time (with SSE2 on amd64), then eight bytes are read as one word, and
// the rest is left to the caller's byte loop. In each eight, the lowest
// byte notPlain8 flags is the first that is not plain: the bytes before it
// are passed, not tried one by one.
func jsonPlainRun(s string, i int) int {
	if n := len(s) - i; n >= 16 {
		k := plainBlocks(s[i:])
		i += k
		if k < n&^15 {
			return i
		}
	}
	if i+8 <= len(s) {
		if m := notPlain8(binary.LittleEndian.Uint64([]byte(s[i:i+8]))) & hi8; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	return i
}

// plainBlocksSWAR is plainBlocks in Go, eight bytes at a time by
// notPlain8, sixteen a round. The loop calls nothing, so that what it
// keeps stays in registers.
func plainBlocksSWAR(s string) int {
	i := 0
	for i+16 <= len(s) {
		w := []byte(s[i : i+16])
		lo := notPlain8(binary.LittleEndian.Uint64(w[:8])) & hi8
		hi := notPlain8(binary.LittleEndian.Uint64(w[8:])) & hi8
		if lo|hi != 0 {
			if lo != 0 {
				return i + bits.TrailingZeros64(lo)>>3
			}
			return i + 8 + bits.TrailingZeros64(hi)>>3
		}
		i += 16
	}
	return i
}

// jsonPlain marks the ASCII bytes a JSON string holds as they are.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// hi8 is the high bit of each of eight bytes.
const hi8 = 0x8080808080808080

// notPlain8 tests the eight bytes of x (little-endian) for jsonPlain:
// ASCII, none below 0x20, none of " \ < > &. Under hi8 it is zero when all
// eight are; otherwise the byte places whose high bit it sets hold or
// follow a byte that is not jsonPlain, and the lowest of them is the first
// byte that is not (a borrow runs only upwards, from a byte the tests flag
// themselves). Each test is exact: "some byte is zero" is (v - 0x01..) &
// ^v & 0x80.., and "some byte is below 0x20" is (x - 0x20..) & ^x & 0x80..
// for bytes under 0x80. Two tests take two marks each: a byte with bit 2
// set is '&' (0x26) exactly when it is '"' (0x22) or '&', and with bit 1
// set it is '>' (0x3e) exactly when it is '<' (0x3c) or '>'.
func notPlain8(x uint64) uint64 {
	const lo = 0x0101010101010101
	qa, lg, bs := (x|lo*0x04)^(lo*'&'), (x|lo*0x02)^(lo*'>'), x^(lo*'\\')
	return x | (x-lo*0x20)&^x | (qa-lo)&^qa | (lg-lo)&^lg | (bs-lo)&^bs
}
