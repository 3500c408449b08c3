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
//
// A match written as its target is not live, whatever its layer (a flag's
// target is empty, and a match is not). That is most matches, and the one
// test that live makes before it calls liveOther, so that the compiler
// writes it into its callers (anyLive, runWhole's loop, settled).
func (t *table) live(src []byte, e int) bool {
	en := &t.entries[e]
	if string(src) == en.target {
		return false
	}
	return liveOther(src, en)
}

// liveOther is live for a match src of en not written as its target.
func liveOther(src []byte, en *entry) bool {
	switch en.layer {
	case LayerFlag:
		return true
	case "":
		return false
	}
	return !(sameSpelling(string(src), en.target) && sameDashes(string(src), en.target))
}

// matchLive reports whether the match m of text is live (see live),
// computed once and kept in m.alive: the match must have been found in
// text as it is.
func (t *table) matchLive(text []byte, m *match) bool {
	if m.alive == 0 {
		t.learnLive(text, m)
	}
	return m.alive > 0
}

// learnLive sets m.alive for the match m of text: matchLive's call, apart
// so that matchLive, which most often finds it set, is inlined.
func (t *table) learnLive(text []byte, m *match) {
	m.alive = -1
	if t.live(text[m.start:m.end], m.entry) {
		m.alive = 1
	}
}

// anyLive reports whether some match of ms in t is live, keeping what it
// learns of each match it reads in the match (see matchLive).
func (t *table) anyLive(text []byte, ms []match) bool {
	for i := range ms {
		if t.matchLive(text, &ms[i]) {
			return true
		}
	}
	return false
}
