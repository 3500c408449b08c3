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
			for b := range 256 {
				if byte(b)|0x20 == c {
					t[b] |= 1 << l
				}
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
// whose first letter is in another script passes on any byte (its first
// letter's cases differ in their bytes after the first).
var labelSecondBytes = func() (t [256]uint64) {
	for l, label := range updateLabels {
		c := label[1]
		for b := range 256 {
			if label[0] >= 0x80 || c >= 0x80 || byte(b)|0x20 == c|0x20 {
				t[b] |= 1 << l
			}
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
