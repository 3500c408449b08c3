package dateparse

import "testing"

// TestLabelByteTablesMatchScan checks that labelFirstBytes and
// labelSecondBytes, built from each label's own byte, hold exactly what a
// scan of all 256 bytes against the case-folding tests would set.
func TestLabelByteTablesMatchScan(t *testing.T) {
	var first, second [256]uint64
	for l, label := range updateLabels {
		c0, c1 := label[0], label[1]
		for b := range 256 {
			if c0 < 0x80 && byte(b)|0x20 == c0 {
				first[b] |= 1 << l
			}
			if c0 < 0x80 && c1 < 0x80 && byte(b)|0x20 == c1|0x20 {
				second[b] |= 1 << l
			}
		}
	}
	for b := range 256 {
		// the scan covers the ASCII cases; the tables' non-ASCII bits come
		// from the case orbits, which the scan does not build
		asciiFirst, asciiSecond := uint64(0), uint64(0)
		for l, label := range updateLabels {
			if label[0] < 0x80 {
				asciiFirst |= 1 << l
				if label[1] < 0x80 {
					asciiSecond |= 1 << l
				}
			}
		}
		if got := labelFirstBytes[b] & asciiFirst; got != first[b] {
			t.Errorf("labelFirstBytes[%#x] = %b, the scan gives %b", b, got, first[b])
		}
		if got := labelSecondBytes[b] & asciiSecond; got != second[b] {
			t.Errorf("labelSecondBytes[%#x] = %b, the scan gives %b", b, got, second[b])
		}
	}
	if labelFirstBytes['u'] == 0 || labelFirstBytes['U'] != labelFirstBytes['u'] {
		t.Errorf("an ASCII label's first letter should pass in either case")
	}
}
