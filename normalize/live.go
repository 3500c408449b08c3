package normalize

// This file tells the matches that can change a text from those that
// cannot: most names a news text holds are already in their target
// spelling, and a line whose every match is such a name is left as it is
// without running the name layers over it.

// live reports whether the match of entry e written src can make names
// change or flag anything: e is a flag, or a name whose src is not yet its
// target spelling (names rewrites it, unless a guard holds it back). A
// text whose matches are none of them live is one names leaves as it is,
// with no edit and no flag, whatever else the guards read: every other
// match names passes over (a guard only ever holds a rewrite back).
func (t *table) live(src []byte, e int) bool {
	en := &t.entries[e]
	switch en.layer {
	case LayerFlag:
		return true
	case "":
		return false
	}
	return !(string(src) == en.target || sameSpelling(string(src), en.target) && sameDashes(string(src), en.target))
}

// anyLive reports whether some match of ms in t is live.
func (t *table) anyLive(text []byte, ms []match) bool {
	for _, m := range ms {
		if t.live(text[m.start:m.end], m.entry) {
			return true
		}
	}
	return false
}
