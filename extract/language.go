package extract

import (
	"unicode"
	"unicode/utf8"
)

// englishWords are frequent English function words; their share of a text's
// words tells English from other Latin-script languages.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "a": true, "is": true,
	"that": true, "for": true, "on": true, "with": true, "was": true, "as": true, "by": true,
	"it": true, "he": true, "said": true, "are": true, "be": true, "at": true, "from": true,
	"has": true, "have": true, "not": true, "this": true, "which": true, "will": true, "an": true,
	"his": true, "its": true, "were": true, "been": true, "their": true, "also": true, "we": true,
}

// languageSample is how many bytes of the body language looks at.
const languageSample = 512

// language names the language of the body: "en" for English, "hy", "ru",
// "ka" or "ar" by script, "az" by Azerbaijani letters, "" when it cannot
// tell. It reads at most the first languageSample bytes, allocation-free.
func language(body []string) string {
	var words, english, latin, armenian, cyrillic, georgian, arabic, azeri int
	seen := 0
	for _, p := range body {
		if seen >= languageSample {
			break
		}
		p = p[:min(len(p), languageSample-seen)]
		seen += len(p)
		start := -1 // byte offset of the current word, or -1
		for i := 0; i <= len(p); {
			if i < len(p) && p[i] < utf8.RuneSelf {
				var w, e int
				i, start, w, e = asciiWords(p, i, start)
				words, latin, english = words+w, latin+w, english+e
				continue
			}
			r, size := utf8.RuneError, 1 // the end of p: it ends a word
			var letter bool
			if i < len(p) {
				r, size = utf8.DecodeRuneInString(p[i:])
				letter = unicode.IsLetter(r)
			}
			switch {
			case letter && start < 0:
				start = i
				words++
				switch {
				case r < 0x250:
					latin++
				case unicode.Is(unicode.Armenian, r):
					armenian++
				case unicode.Is(unicode.Cyrillic, r):
					cyrillic++
				case unicode.Is(unicode.Georgian, r):
					georgian++
				case unicode.Is(unicode.Arabic, r):
					arabic++
				}
			case !letter && start >= 0:
				if w := p[start:i]; len(w) <= 5 && isEnglishWord(w) {
					english++
				}
				start = -1
			}
			if size > 1 && (r == 'ə' || r == 'Ə' || r == 'ı' || r == 'ğ' || r == 'ş' || r == 'Ş') {
				azeri++
			}
			i += size
		}
	}
	if words < 3 {
		return ""
	}
	top := max(latin, armenian, cyrillic, georgian, arabic)
	switch {
	case top == latin && english*100 >= words*12:
		return "en"
	case top == latin && azeri*10 >= words:
		return "az"
	case top == latin:
		return ""
	case top == armenian:
		return "hy"
	case top == cyrillic:
		return "ru"
	case top == georgian:
		return "ka"
	case top == arabic:
		return "ar"
	}
	return ""
}

// asciiWords is language's scan over the run of ASCII bytes of p from i,
// start being the offset of the word it is in (-1: none): it returns where
// the run ends, the offset of the word open there, the words begun in the
// run (all Latin) and the English words ended in it. A loop of its own,
// with few variables, that the compiler keeps in registers.
func asciiWords(p string, i, start int) (end, open, words, english int) {
	for ; i < len(p) && p[i] < utf8.RuneSelf; i++ {
		if c := p[i] | 0x20; 'a' <= c && c <= 'z' {
			if start < 0 {
				start = i
				words++
			}
		} else if start >= 0 {
			if w := p[start:i]; len(w) <= 5 && isEnglishWord(w) {
				english++
			}
			start = -1
		}
	}
	return i, start, words, english
}

// isEnglishWord looks a short word (at most 5 bytes) up in englishWords,
// ignoring the case of ASCII letters, without allocating: the word, its
// ASCII letters lowered, is packed into an integer and found in
// englishTable, not hashed as a string for the map (the map's lookup was
// most of language's time).
func isEnglishWord(w string) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	k := packWord(w)
	for i := englishSlot(k); ; i = (i + 1) & (len(englishTable) - 1) {
		switch englishTable[i] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

// packWord packs a word of 1 to 5 bytes, its ASCII letters lowered, into
// an integer that is never 0: the bytes from the lowest, and the length in
// the top byte.
func packWord(w string) uint64 {
	k := uint64(len(w)) << 56
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k |= uint64(c) << (8 * i)
	}
	return k
}

// englishSlot is the first slot of englishTable to try for a packed word.
func englishSlot(k uint64) int {
	return int((k * 0x9e3779b97f4a7c15) >> (64 - englishBits))
}

// englishBits sizes englishTable: 2^englishBits slots, at least twice the
// words, so that a probe meets an empty slot soon.
const englishBits = 7

// englishTable holds the packed englishWords by open addressing (linear
// probing from englishSlot); an empty slot is 0.
var englishTable = func() (t [1 << englishBits]uint64) {
	for w := range englishWords {
		k := packWord(w)
		i := englishSlot(k)
		for t[i] != 0 {
			i = (i + 1) & (len(t) - 1)
		}
		t[i] = k
	}
	return t
}()
