package clean

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// A title a page stored as UTF-8 read as Latin-1 or windows-1252 and
// written out as UTF-8 again ("Investorâ\u0080\u0099s", "Investorâ€™s")
// is mended: its characters taken back to the bytes they were read from
// are the UTF-8 of the title the page meant ("Investor’s"). A title whose
// characters do not all go back to single bytes, or whose bytes are not
// UTF-8 with a character of two bytes or more, is left as it is: "Café
// crème" gives the bytes "Caf\xe9 cr\xe8me", which are no UTF-8.

// cp1252Bytes maps the characters windows-1252 decodes its bytes
// 0x80-0x9F to ("€" from 0x80, "’" from 0x92) back to those bytes.
var cp1252Bytes = sync.OnceValue(func() map[rune]byte {
	m := make(map[rune]byte, 32)
	for b := 0x80; b <= 0x9f; b++ {
		if r := charmap.Windows1252.DecodeByte(byte(b)); r != utf8.RuneError {
			m[r] = byte(b)
		}
	}
	return m
})

// mendMojibake returns s with UTF-8 that was read as a single-byte
// charset mended, or s itself when it holds no such text.
func mendMojibake(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0xc2 && r <= 0xf4 }) {
		return s // every mis-read UTF-8 character opens with one of Â..ô
	}
	back := cp1252Bytes()
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch c, ok := back[r]; {
		case r < 0x100:
			b = append(b, byte(r))
		case ok:
			b = append(b, c)
		default:
			return s
		}
	}
	if !utf8.Valid(b) || utf8.RuneCount(b) == len(b) {
		return s
	}
	out := string(b)
	if strings.ContainsFunc(out, func(r rune) bool { return r >= 0x80 && r <= 0x9f || r >= 0x250 && r <= 0x2ff }) {
		// Controls, phonetic letters and spacing marks are no title's:
		// the bytes were meant ("CAFÉ\u00a0:" gives U+0260).
		return s
	}
	return out
}
