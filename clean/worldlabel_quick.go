package clean

// labelWordIn reports whether w, in lower case, is one of labelWords, and
// whether w has a letter that lower-casing changes. The byline readers
// asked strings.ToLower for both, which allocates a copy of every word
// with a capital; the word is lowered here into a buffer on the stack.
func labelWordIn(w string) (known, cased bool) {
	var buf [32]byte
	low := appendLower(buf[:0], w)
	return labelWords[string(low)], string(low) != w
}

// casedLabelWord reports whether w is a byline's word (labelWords) written
// with a capital, as a byline's first word is: "By", "Par", "VON".
func casedLabelWord(w string) bool {
	known, cased := labelWordIn(w)
	return known && cased
}
