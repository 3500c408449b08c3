package normalize

import (
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
// folded bytes, the first in the highest place used.
func packWord(s string) uint64 {
	var w uint64
	for i := range len(s) {
		w = w<<8 | uint64(s[i])
	}
	return w
}

// stopwordSlots is an open-addressing set of the packed stopwords, probed
// from stopwordSlot; 0 is an empty slot.
var stopwordSlots = func() (t [64]uint64) {
	for _, s := range stopwords {
		w := packWord(s)
		k := stopwordSlot(w)
		for t[k] != 0 {
			k = (k + 1) % uint64(len(t))
		}
		t[k] = w
	}
	return t
}()

func stopwordSlot(w uint64) uint64 { return w * 0x9E3779B97F4A7C15 >> 58 }

// isStopword reports whether w, a packed word (packWord) of lower-case
// letters, is one of the stopwords.
func isStopword(w uint64) bool {
	for k := stopwordSlot(w); ; k = (k + 1) % uint64(len(stopwordSlots)) {
		switch stopwordSlots[k] {
		case w:
			return true
		case 0:
			return false
		}
	}
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

// looksEnglish is a guard, not language detection. A paragraph is taken
// as English once it has two English function words (and not more letters
// of other scripts than Latin ones); otherwise it is not English if it has
// twelve or more words and no function word, or twenty-five or more words
// and one, or more letters of other scripts than Latin letters. A word is
// a run of letters (digits and marks end it); a letter outside ASCII in a
// word makes it no function word.
func looksEnglish(t []byte) bool {
	words, stops, latin, other := 0, 0, 0, 0
	var w uint64 // the word's letters so far, packed (its last eight)
	wl := 0      // its length in letters
	for i := 0; i < len(t); {
		if b := t[i]; b < utf8.RuneSelf {
			i++
			if f := letterFold[b]; f != 0 {
				latin++
				w = w<<8 | uint64(f)
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
				w = w<<8 | 0xFF // in no stopword
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
