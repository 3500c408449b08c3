package textenc

// A mixed reading is a text mostly in English (or another language written
// in ASCII letters) with a few words in a script that writes no ASCII: an
// Armenian or Russian name, a quoted slogan. A reading as one language
// cannot fit it: the script's own pays for every ASCII letter, and
// windows-1252's reads the script's bytes as rare Latin letters. The mixed
// reading scores ASCII letters as nearly free and each non-ASCII letter by
// the script's frequencies, with a prior well under the script's own, so
// that a text in the script is still read as the script's language.

// mixedHigh is the share of non-ASCII letters a mixed reading expects.
const mixedHigh = 0.03

// mixedMinLetters is the fewest of the script's letters, inside words, a
// mixed reading asks: two stray bytes in English text ("\xff\xfe" is "яю"
// in windows-1251) are no words of another script.
const mixedMinLetters = 6

// mixedPriorShare is a mixed reading's prior as a share of its script's.
const mixedPriorShare = 0.1

// withASCII returns the mixed reading's language for l, or nil when l is
// not one of a script that writes no ASCII (or is Thai, whose words run
// together, which the mixed reading's long-run rule would count as bad).
func withASCII(l *language) *language {
	if l.high < 0.9 || l == thai {
		return nil
	}
	return &language{
		name:  "ASCII text with " + l.name + " words",
		prior: l.prior * mixedPriorShare,
		high:  mixedHigh,
		freqs: l.freqs,
	}
}

// A mixed reading is taken only for its letters: its punctuation bytes
// count neither as good nor as bad (the bytes of a Latin letter in another
// charset, read as a direction mark or a symbol, would pass as good), and
// it is a candidate only when its own letters pass the fit test, so that a
// Latin page whose few accented letters read as symbols in the script's
// charset is not taken for one.
