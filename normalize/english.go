package normalize

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// This file is the guard that keeps the name layers off text that is not
// English (looksEnglish).

// stopwords are English function words that are not also common words of
// the other languages seen in South Caucasus news (so not "a", "in", "on",
// "an", "die"). None is longer than maxStopword letters.
var stopwords = []string{"the", "of", "and", "to", "is", "was", "for", "that", "with", "by",
	"from", "said", "has", "have", "are", "were", "been", "it", "its",
	"this", "will", "would", "not", "which", "who", "he", "his", "they",
	"their", "after", "but", "also", "at"}

const maxStopword = 5

// packWord is a word of up to eight letters as looksEnglish holds it: its
// folded bytes, little-endian (the first in the lowest place), as eight
// bytes of text read at once hold them.
func packWord(s string) uint64 {
	var w uint64
	for i := range len(s) {
		w |= uint64(s[i]) << (8 * i)
	}
	return w
}

// stopwordSlots is a set of the packed stopwords, each alone in its slot
// (stopwordSlot puts no two of them in one: TestStopwords), so that a
// word is looked up with one read and one compare; 0 is an empty slot,
// and no word packs to 0.
var stopwordSlots = func() (t [64]uint64) {
	for _, s := range stopwords {
		w := packWord(s)
		t[stopwordSlot(w)] = w
	}
	return t
}()

// stopwordSlot is w's slot in stopwordSlots: a multiplier picked (from
// a xorshift sequence) as the first that gives each stopword a slot of
// its own.
func stopwordSlot(w uint64) uint64 { return w * 0xd3d019241c132e59 >> 58 }

// isStopword reports whether w, a packed word (packWord) of lower-case
// letters, is one of the stopwords.
func isStopword(w uint64) bool {
	return stopwordSlots[stopwordSlot(w)] == w
}

// letterFold maps an ASCII letter to its lower case and every other byte
// to 0.
var letterFold = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	return t
}()

// countHigh returns how many of the eight bytes of x have their high bit
// set, x having no other bit set: a sum of the bytes' 0 or 1 gathered in
// the top byte by a multiply (bits.OnesCount64 tests the processor each
// call unless built for GOAMD64=v2 or above).
func countHigh(x uint64) int { return int((x >> 7) * lanes1 >> 56) }

// looksEnglish is a guard, not language detection. A paragraph is taken
// as English once it has two English function words (and not more letters
// of other scripts than Latin ones); otherwise it is not English if it has
// twelve or more words and no function word, or twenty-five or more words
// and one, or more letters of other scripts than Latin letters. A word is
// a run of letters (digits and marks end it); a letter outside ASCII in a
// word makes it no function word.
//
// It reads eight bytes at a time: when they are ASCII, a mask of their
// letters gives the words that end among them, and only those are looked
// at; eight bytes that hold a byte outside ASCII, and the last bytes, are
// read one rune at a time. Before each read it stops as soon as the bytes
// left cannot change the answer from true (see settledEnglish): a short
// line with a function word is decided before its end.
func looksEnglish(t []byte) bool {
	words, stops, latin, other := 0, 0, 0, 0
	var w uint64 // the word's letters so far, packed (packWord; exact while wl <= maxStopword)
	wl := 0      // its length in letters
	for i := 0; i < len(t); {
		if settledEnglish(len(t)-i, words, wl, stops, latin, other) {
			return true
		}
		lim := len(t)
		if i+8 <= len(t) {
			x := binary.LittleEndian.Uint64(t[i:])
			if x&lanes80 != 0 {
				lim = i + 8 // these eight one at a time (and the rune that runs past them)
			} else {
				z := x | lanes1*0x20 // letters folded
				letters := (z + lanes1*(0x80-'a')) &^ (z + lanes1*(0x7F-'z')) & lanes80
				others := ^letters & lanes80
				carry := uint64(0)
				if wl > 0 {
					carry = 0x80
				}
				// A word ends at a byte that is no letter after a letter
				// (or, at the first byte, after the word carried in).
				for ends := others & (letters<<8 | carry); ends != 0; ends &= ends - 1 {
					kb := bits.TrailingZeros64(ends) &^ 7 // the bit where the word's end byte starts
					before := uint64(1)<<kb - 1
					words++
					var pw uint64
					if below := others & before; below == 0 { // the word carried in, or one from x's first byte
						if wl+kb>>3 > maxStopword {
							continue
						}
						pw = w | (z&before)<<(8*wl&63)
					} else {
						sb := 64 - bits.LeadingZeros64(below) // the bit where the word's first byte starts
						if (kb-sb)>>3 > maxStopword {
							continue
						}
						pw = (z & before) >> sb
					}
					if isStopword(pw) {
						stops++
						if stops >= 2 && latin+countHigh(letters&before) > 2*other {
							return true
						}
					}
				}
				switch {
				case letters>>63 == 0: // the last byte is no letter
					w, wl = 0, 0
				case others == 0:
					wl += 8 // w no longer matters
				default:
					sb := 64 - bits.LeadingZeros64(others)
					w, wl = z>>sb, (64-sb)>>3
				}
				latin += countHigh(letters)
				i += 8
				continue
			}
		}
		for i < lim {
			if b := t[i]; b < utf8.RuneSelf {
				i++
				if f := letterFold[b]; f != 0 {
					latin++
					w |= uint64(f) << (8 * wl & 63)
					wl++
					continue
				}
			} else {
				r, size := utf8.DecodeRune(t[i:])
				i += size
				if unicode.IsLetter(r) {
					if unicode.Is(unicode.Latin, r) {
						latin++
					} else {
						other++
					}
					w |= 0xFF << (8 * wl & 63) // in no stopword
					wl++
					continue
				}
			}
			if wl > 0 {
				words++
				if wl <= maxStopword && isStopword(w) {
					stops++
					if stops >= 2 && latin > 2*other {
						return true
					}
				}
				w, wl = 0, 0
			}
		}
	}
	if wl > 0 {
		words++
		if wl <= maxStopword && isStopword(w) {
			stops++
		}
	}
	switch {
	case other > latin:
		return false
	case stops == 0:
		return words < 12
	case stops == 1:
		return words < 25
	}
	return true
}

// settledEnglish reports whether looksEnglish is sure to return true
// whatever the rest bytes of its text still to read hold, given its counts
// so far (wl > 0: a word is open). The rest can add at most rest/2
// letters of other scripts (each takes two bytes or more) and at most one
// word per two bytes (a word takes a letter and the byte that ends it or
// starts it), plus the open word; it adds no Latin letter and no function
// word that the answer needs. So once the other letters cannot outnumber
// the Latin ones and the words cannot reach the bound for the function
// words found (twelve for none, twenty-five for one), the answer is true:
// the end's test holds, and an earlier return would return true too.
func settledEnglish(rest, words, wl, stops, latin, other int) bool {
	if other+rest/2 > latin {
		return false
	}
	open := 0
	if wl > 0 {
		open = 1 // the open word is a word; a new one needs a byte to end it first
	}
	most := words + open + (rest+1-open)/2
	return stops >= 2 || stops == 1 && most < 25 || most < 12
}
