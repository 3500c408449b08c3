package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minGluedMenuEntries is the fewest entries a row of a site's sections
// whose names a scraper ran together holds ("Startseite
// PolitikWirtschaft SportKultur Panorama": six).
const minGluedMenuEntries = 5

// minGluedPart is the fewest letters of each side of a seam where one
// section's name runs into the next ("Sport|Kultur"): a brand's inner
// capital opens a shorter part ("YouTube", "PayPal", "LinkedIn").
const minGluedPart = 4

// gluedMenuLine reports whether line s is a row of a site's sections
// whose names ran together where the flattening dropped the links'
// spaces, as it does on German and Dutch sites' menus ("Startseite
// PolitikWirtschaft SportKultur Panorama", "NachrichtenPolitik
// AuslandInland WirtschaftSport"): every word opens with a capital, no
// digit, at least two seams where a lower-case run of minGluedPart letters
// meets a capital and another such run, a seam for every second word or
// more, and minGluedMenuEntries entries or more counting both sides of each
// seam. Such a row is no headline, though it holds no mark that parts a
// menu's entries. With fewer than minSeamsParted seams the glued words
// stand side by side: a word with no seam between two glued ones is a
// headline's verb between two brands ("BlackRock Buys SoftBank Stake",
// "DoorDash Sues DraftKings").
func gluedMenuLine(s string) bool {
	if len(s) > 200 || !asciiSeam(s) || digitByteIn(s) {
		return false
	}
	words, seams := 0, 0
	glued, parted := false, false // a glued word seen; a word with no seam after it
	split := false                // a glued word after a word with no seam after a glued word
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false // a sentence's small word, or a mark: no menu's row
		}
		words++
		k := gluedSeams(w)
		seams += k
		switch {
		case k > 0 && parted:
			split = true
		case k > 0:
			glued = true
		case glued:
			parted = true
		}
	}
	if split && seams < minSeamsParted {
		return false
	}
	return seams >= 2 && 2*seams >= words && words+seams >= minGluedMenuEntries
}

// minSeamsParted is the fewest seams a row of glued sections holds when
// a word with no seam stands between two glued words: a headline's two
// brands parted by a verb hold two ("BlackRock Buys SoftBank").
const minSeamsParted = 3

// gluedSeams counts the places in word w where a run of minGluedPart or
// more lower-case letters after a capital meets a capital that opens
// another such run ("PolitikWirtschaft": one).
func gluedSeams(w string) int {
	seams, lower, prevRun := 0, 0, 0
	upperAt := false // the last rune was a capital that closed a run of lower-case letters
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			prevRun, lower, upperAt = lower, 0, true
		case unicode.IsLower(r):
			lower++
			if upperAt && lower == minGluedPart-1 && prevRun >= minGluedPart-1 {
				seams++ // the capital and minGluedPart-1 letters after it, after a run as long
			}
		default:
			prevRun, lower, upperAt = 0, 0, false
		}
	}
	return seams
}

// asciiSeam reports whether s holds an ASCII lower-case letter right
// before an ASCII capital ("tW" in "PolitikWirtschaft"): gluedMenuLine's
// cheap test, which nearly every line fails.
func asciiSeam(s string) bool {
	for i := 1; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			if p := s[i-1]; 'a' <= p && p <= 'z' {
				return true
			}
		}
	}
	return false
}
