package clean

// The patterns of the form (?i)^\W{0,n}(?:A1|A2|...)\W{0,3}$ that text lines
// are tried against after their start quads, run by first letter (see
// altDispatch); TestAltDispatches checks that each spells its pattern.
var (
	storyEndDispatch   = newAltDispatch(`(?i)^\W{0,3}`, 3, storyEndForms, `\W{0,3}$`, storyEndMark)
	writerMarkDispatch = newAltDispatch(`(?i)^\W{0,3}`, 3, writerMarks, `\W{0,3}$`, writerMark)
	relatedDispatch    = newAltDispatch(`(?i)^\W{0,2}`, 2, relatedForms, `\W{0,3}$`, relatedHead).withOpens(relatedOpens)
)

// relatedOpens gives, for relatedDispatch's r and m groups (~2.1M and
// ~2.9M to compile), the words their headings open with (the lines "Read
// more", "Related", "Recommended", "Related: ...", "More", "More
// Industries", "More sharing options" open none): see altDispatch.opens.
func relatedOpens(c byte) []string {
	switch c {
	case 'r':
		return []string{"related ", "recommended ", "read more ", "read next", "recent "}
	case 'm':
		return []string{"more from ", "more articles", "more posts", "more stories", "more reads", "more videos", "more in this ",
			"more to explore", "more to read", "more like this", "more news", "more on this topic", "most popular ", "most read",
			"most viewed"}
	}
	return nil
}
