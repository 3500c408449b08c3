package clean

import "strings"

// mayEndInPhotoCredit reports whether s may match photoCredit: its match
// closes the text, so what it needs stands near the end. Its bracketed
// credit ends in ")" and its "AP" or "AP Photo" stand within
// photoCreditNear bytes of the end (three closing \W runes of four bytes
// at most follow them); each other credit holds, in either case, a word of
// photoCreditWords (none with an "s" or "k", which (?i) lets ſ or K stand
// for) within photoCreditFar bytes. Short head lines that name no
// credit ("Share", "3 min read") spare the pattern's compile.
func mayEndInPhotoCredit(s string) bool {
	near := s[max(0, len(s)-photoCreditNear):]
	if strings.IndexByte(near, ')') >= 0 || indexFoldASCII(near, "ap") >= 0 {
		return true
	}
	far := s[max(0, len(s)-photoCreditFar):]
	for _, w := range photoCreditWords {
		if indexFoldASCII(far, w) >= 0 {
			return true
		}
	}
	return false
}

// photoCreditNear bounds the bytes "AP Photo" and its three closing runes
// take; photoCreditFar those of the longest credit but the bracketed one
// ("Getty Images/" and 30 word runes of up to three bytes, K): both
// with room to spare.
const (
	photoCreditNear = 24
	photoCreditFar  = 160
)

// photoCreditWords are parts, in lower case, of the credits photoCredit
// names past its bracketed one and "AP": getty, reuters, associated press,
// shutterstock, istock, afp, epa, and the photo of "submitted photo" and
// "file photo".
var photoCreditWords = [...]string{"getty", "reuter", "ociated pre", "utter", "toc", "afp", "epa", "photo"}
