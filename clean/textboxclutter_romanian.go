package clean

import "strings"

// romanianAdWords are the Romanian word for an advertisement in the forms
// an ad marker prints it ("Articolul continuă după reclamă"). They are
// compared whole: their stem "eclam" also opens "reclamation",
// "reclamación" and "reclamo", a story's words in other languages; and
// "reclama", "reclame" are also Spanish, Portuguese and Italian verbs
// ("el sindicato reclama"), so the marker must say where the story goes
// on in Romanian too (romanianAdContext).
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

// romanianGoesOn are the Romanian words of an ad marker that point past
// the ad, in the cases sites print them, with and without their
// diacritics: "după" (after), "continuă", "continuare" (continues), and
// "articolul" (the article).
var romanianGoesOn = newLiteralSet("după", "DUPĂ", "După", "dupa", "DUPA", "Dupa", "continuă", "CONTINUĂ",
	"ontinuare", "ONTINUARE", "rticolul", "RTICOLUL")

// romanianAdContext reports whether line s holds one of romanianGoesOn:
// a line that names the ad with one of romanianAdWords is an ad marker
// only in Romanian, not a Spanish or Portuguese sentence that ends in the
// verb ("Después del paro, el sindicato reclama").
func romanianAdContext(s string) bool { return romanianGoesOn.holdsAny(s) }
