package clean

import "strings"

// teaser is reached by most of a page's short lines, and most pages have
// one that opens with a letter its quick test lets through ("Read ...",
// "Next ...", "See ..."): the pattern was compiled (~50µs) in nearly every
// process that read one flattened page. mayBeTeaser is its cheap first
// test.

// teaserOpens are the words one of which a match of teaser opens with
// after its marks, in lower case as opensWithFold reads them (its s and k
// also match ſ and the Kelvin sign, as under (?i)), with no letter past
// ASCII: "à lire aussi" is read apart, "también" and "também" are cut
// before their accent.
var teaserOpens = [...]string{"related", "you might also like", "you may also like", "read also", "read next", "read more",
	"see also", "see next", "see more", "also read", "previous", "next", "lesen sie auch", "auch interessant", "lire aussi",
	"lea tambi", "lee tambi", "leggi anche", "leia tamb", "lees ook"}

// mayBeTeaser reports whether s may match teaser: it holds the colon that
// closes the label, and after at most two marks (runes that are no ASCII
// word byte, as \W reads them) opens with one of the label's words in any
// case. False means teaser matches no prefix of s.
func mayBeTeaser(s string) bool {
	return strings.IndexByte(s, ':') >= 0 && mayStartAfterMarks(s, 2, opensTeaser)
}

// opensTeaser reports whether s opens with one of teaser's labels, as
// (?i) reads it.
func opensTeaser(s string) bool {
	if s == "" {
		return false
	}
	if strings.HasPrefix(s, "à ") || strings.HasPrefix(s, "À ") {
		return opensWithFold(s[len("à "):], "lire aussi")
	}
	for _, w := range teaserOpens {
		if opensWithFold(s, w) {
			return true
		}
	}
	return false
}
