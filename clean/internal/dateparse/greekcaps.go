package dateparse

import (
	"sync"
	"time"
	"unicode/utf8"
)

// greekPlainMonth reads a Greek month name printed without its accents,
// as pages print it in capitals ("05 ΜΑΡΤΙΟΥ 2025", "ΜΑΡΤΙΟΣ"): name is
// lower-cased already (as lowerName leaves it); its tonos and dialytika
// are dropped and a final σ read as ς before it is looked up among the
// Greek names of moreMonths, unaccented the same way.
func greekPlainMonth(name []byte) (time.Month, bool) {
	if len(name) == 0 || name[0] != 0xCE && name[0] != 0xCF {
		return 0, false // not the Greek block
	}
	var buf nameBuf
	n, ok := plainGreek(name, buf[:0])
	if !ok {
		return 0, false
	}
	m, ok := greekPlainMonths()[string(buf[:n])]
	return m, ok
}

// plainGreek appends name to out with the accents of its Greek vowels
// dropped and a final σ written ς; it returns the length and false when
// out's capacity is too small.
func plainGreek(name []byte, out []byte) (int, bool) {
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRune(name[i:])
		i += size
		switch r {
		case 'ά':
			r = 'α'
		case 'έ':
			r = 'ε'
		case 'ή':
			r = 'η'
		case 'ί', 'ϊ', 'ΐ':
			r = 'ι'
		case 'ό':
			r = 'ο'
		case 'ύ', 'ϋ', 'ΰ':
			r = 'υ'
		case 'ώ':
			r = 'ω'
		case 'σ':
			if i == len(name) {
				r = 'ς'
			}
		}
		if len(out)+utf8.RuneLen(r) > cap(out) {
			return 0, false
		}
		out = utf8.AppendRune(out, r)
	}
	return len(out), true
}

// greekPlainMonths maps moreMonths' Greek names, unaccented by plainGreek,
// to their months. Built on first use.
var greekPlainMonths = sync.OnceValue(func() map[string]time.Month {
	out := map[string]time.Month{}
	for name, m := range moreMonths() {
		if name[0] != 0xCE && name[0] != 0xCF {
			continue
		}
		var buf nameBuf
		if n, ok := plainGreek([]byte(name), buf[:0]); ok {
			out[string(buf[:n])] = m
		}
	}
	return out
})
