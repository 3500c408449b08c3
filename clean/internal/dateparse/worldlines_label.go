package dateparse

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelFirstBytes says, for each byte, which of updateLabels' first-byte
// tests a position opening with it passes: bit l for label l. An ASCII
// label's first letter passes in either case; a label in another script
// passes on the first byte of its first letter in any of its cases (the
// letters strings.EqualFold takes for it), so that a page in that script
// tries only the labels that open with one of its letters.
var labelFirstBytes = func() (t [256]uint64) {
	for l, label := range updateLabels {
		c := label[0]
		if c < 0x80 {
			// the bytes b with b|0x20 == c: none when c lacks bit 0x20,
			// else c and c without it
			if c&0x20 != 0 {
				t[c] |= 1 << l
				t[c&^0x20] |= 1 << l
			}
			continue
		}
		r0, _ := utf8.DecodeRuneInString(label)
		for r := unicode.SimpleFold(r0); ; r = unicode.SimpleFold(r) {
			var buf [utf8.UTFMax]byte
			utf8.EncodeRune(buf[:], r)
			t[buf[0]] |= 1 << l
			if r == r0 {
				break
			}
		}
	}
	return t
}()

// labelSecondBytes says, for each byte, which of updateLabels' second-byte
// tests a byte after a position passes: bit l for label l. A label whose
// first two bytes are ASCII passes on its second byte in either case; one
// whose second letter is beyond ASCII after an ASCII first ("güncelleme",
// "ažurirano") passes on the first byte of that letter in any of its
// cases; one whose first letter is beyond ASCII passes on the second byte
// of that letter in any of its cases. So a page's common letter ("a", or
// Cyrillic "а") opens no search for a label that only shares it.
var labelSecondBytes = func() (t [256]uint64) {
	// orbit sets, for every case of the letter r (strings.EqualFold's),
	// byte at of its encoding.
	orbit := func(r0 rune, at int, l int) {
		for r := unicode.SimpleFold(r0); ; r = unicode.SimpleFold(r) {
			var buf [utf8.UTFMax]byte
			if n := utf8.EncodeRune(buf[:], r); at < n {
				t[buf[at]] |= 1 << l
			}
			if r == r0 {
				break
			}
		}
	}
	for l, label := range updateLabels {
		c := label[1]
		switch {
		case label[0] >= 0x80:
			r0, _ := utf8.DecodeRuneInString(label)
			orbit(r0, 1, l)
		case c >= 0x80:
			r1, _ := utf8.DecodeRuneInString(label[1:])
			orbit(r1, 0, l)
		default:
			// the bytes b with b|0x20 == c|0x20: c with and without bit 0x20
			t[c|0x20] |= 1 << l
			t[c&^0x20] |= 1 << l
		}
	}
	return t
}()

// firstUpdateLabel returns where the update's label that stands first in s
// opens, and the label: of the labels whose first place in s (indexFold's)
// is past its first byte, the one at the smallest place, the first of
// updateLabels at a tie; -1 and "" when there is none. It reads s once,
// where publishedThenUpdated searched it once per label; a label that opens
// s is passed over, however often it stands later.
func firstUpdateLabel(s string) (int, string) {
	var opensS uint64               // the labels found at place 0, out of the search
	for i := 0; i+1 < len(s); i++ { // every label is two bytes or more
		m := labelFirstBytes[s[i]] & labelSecondBytes[s[i+1]] &^ opensS
		for m != 0 {
			l := bits.TrailingZeros64(m)
			m &= m - 1
			label := updateLabels[l]
			if i+len(label) > len(s) || !strings.EqualFold(s[i:i+len(label)], label) {
				continue
			}
			if i == 0 {
				opensS |= 1 << l
				continue
			}
			return i, label
		}
	}
	return -1, ""
}
