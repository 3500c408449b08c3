package clean

// taggedLabelWords are ASCII words one of which every match of taggedLabel
// holds (in lower case, as mayHoldFoldASCII reads them): a piece of each
// of its labels written in ASCII; the labels in other scripts hold a byte
// past ASCII, which mayHoldFoldASCII lets through.
var taggedLabelWords = []string{
	"tag", "filed under", "categor", "posted in", "topics", "related", "read more", "read also",
	"read next", "see also", "also read", "also like", "advertisement", "sponsored", "leggi anche",
	"lesen sie auch", "lire aussi", "lee tambi", "veja tamb",
}

// mayBeTaggedLabel reports whether text may match taggedLabel (a false is
// certain). Most lines with a colon or a bar hold none of its labels: the
// test spares most pages compiling it (about 1.3M instructions, in a
// process that reads one HTML page).
func mayBeTaggedLabel(text string) bool {
	return mayHoldFoldASCII(text, taggedLabelWords)
}
