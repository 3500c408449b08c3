package dateparse

import (
	"math/bits"
	"strings"
)

// labelFirstBytes says, for each byte, which of updateLabels' first-byte
// tests (indexFold's) a position opening with it passes: bit l for label l.
var labelFirstBytes = func() (t [256]uint32) {
	for l, label := range updateLabels {
		c := label[0]
		for b := range 256 {
			if c < 0x80 && byte(b)|0x20 == c || c >= 0x80 && b >= 0x80 {
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
	var opensS uint32 // the labels found at place 0, out of the search
	for i := 0; i < len(s); i++ {
		m := labelFirstBytes[s[i]] &^ opensS
		for m != 0 {
			l := bits.TrailingZeros32(m)
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
