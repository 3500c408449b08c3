package clean

import "strings"

// romanianAdWords are the Romanian word for an advertisement in the forms
// an ad marker prints it ("Articolul continuă după reclamă"). They are
// compared whole: their stem "eclam" also opens "reclamation",
// "reclamación" and "reclamo", a story's words in other languages.
var romanianAdWords = []string{"reclamă", "reclama", "reclame", "reclamei", "reclamele"}

// isRomanianAdWord reports whether word, without the ASCII marks around
// it, is one of romanianAdWords in any case.
func isRomanianAdWord(word string) bool {
	for len(word) > 0 && word[0] < 0x80 && !isWordByte(word[0]) {
		word = word[1:]
	}
	for len(word) > 0 && word[len(word)-1] < 0x80 && !isWordByte(word[len(word)-1]) {
		word = word[:len(word)-1]
	}
	if len(word) < len("reclama") || lowerASCII(word[0]) != 'r' {
		return false
	}
	for _, w := range romanianAdWords {
		if strings.EqualFold(word, w) {
			return true
		}
	}
	return false
}
