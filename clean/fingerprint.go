package clean

// pageLacks reports whether a page whose byte pairs pairs holds has no
// block fingerprint fp can match, by the literals of fp's prefilters: a
// match opens with one of its prefixes and holds one of its anyOf
// literals (pattern.skip turns down every block that lacks either), and
// the byte pairs of each such literal are then the page's. It turns down
// at the page many of the fingerprints whose required literal is a mark or
// a space (", ", "-"), which every page holds, and whose blocks
// fingerprintFound would otherwise try one by one.
func (fp *pattern) pageLacks(pairs *bigrams) bool {
	return len(fp.prefix) > 0 && !pairs.mayContainAny(fp.prefix) ||
		len(fp.anyOf) > 0 && !pairs.mayContainAny(fp.anyOf)
}

// weakLiteral is the longest required literal of a fingerprint that
// fingerprint tests the page's prefilter literals for (pageLacks): a
// literal of one byte pair or none is in nearly every page, where a longer
// one turns down most pages itself, and pageLacks's look-ups would cost
// more than the blocks they spare.
const weakLiteral = 2
