package clean

import "unicode"

// unspacedProseWords estimates the words of a block written in a script
// that puts no spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
// Burmese), where blockfeat.ShapeOf, counting runs of letters, sees a
// paragraph as a few long words: about two runes a word for Han and kana,
// five for the Southeast Asian scripts. It returns the estimate when the
// block reads as prose by the estimate (at least 12 words closed by a
// sentence's end, or 60), else 0. The story model's features keep
// ShapeOf's counts (they are what it was fitted on); the page-level
// not-an-article test reads this.
func unspacedProseWords(s string) int {
	if !hasUnspacedLead(s) {
		return 0 // Han, kana and the Southeast Asian scripts are three-byte runes
	}
	han, sea := 0, 0
	for _, r := range s {
		switch {
		case r < 0x0E00:
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			han++
		case unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar):
			sea++
		}
	}
	words := han/2 + sea/5
	if words >= 60 || words >= 12 && endsSentence(s) {
		return words
	}
	return 0
}

// hasUnspacedLead reports whether s holds a three-byte UTF-8 sequence, as
// every rune of the unspaced scripts is.
func hasUnspacedLead(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE0 && s[i] < 0xF0 {
			return true
		}
	}
	return false
}
