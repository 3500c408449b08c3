package clean

// mayHoldReviewerBy reports whether s may match reviewerFirst: it holds,
// in any case, "ed", maybe ASCII white space (\s), and "by", as every
// reviewer's label does (each of reviewerVerbs ends with "ed"; no rune
// past ASCII folds to e, d, b or y). Most lines a byline stage tries hold
// no such "by" ("Travel Tips", "Jane Doe"): turning them down spares a
// one-page process reviewerFirst's compile. One pass: the white space
// walked back from a "by" is the run just before it, which no other "by"
// walks.
func mayHoldReviewerBy(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i]|0x20 != 'y' || s[i-1]|0x20 != 'b' {
			continue
		}
		j := i - 1
		for j > 0 && isASCIISpaceByte(s[j-1]) {
			j--
		}
		if j >= 2 && s[j-2]|0x20 == 'e' && s[j-1]|0x20 == 'd' {
			return true
		}
	}
	return false
}

// isASCIISpaceByte reports whether c is white space as the regexp's \s
// reads it (and the vertical tab, which only lets more through).
func isASCIISpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\v'
}
