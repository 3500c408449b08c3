package normalize

import "unicode/utf8"

// This file is the straightforward path of a Normalizer, kept as the
// reference that the fast paths are tested against (see
// TestFastPathsAgree): with Normalizer.straight set, which only tests do,
// every segment goes through the full character clean-up one character at
// a time, and the matcher walks the trie from every word start.

// scan appends the matches in t to ms: the matcher's scan, or its
// reference on the straight path.
func (n *Normalizer) scan(t []byte, ms []match) []match {
	if n.straight {
		return n.tab.auto.scanEveryStart(t, ms)
	}
	return n.tab.auto.scan(t, ms)
}

// scanEveryStart is scan without its shortcuts (the bytes startLanes
// picks, the start table, the filters on a word's first bytes and head):
// it appends to ms the leftmost-longest matches in t, walking the trie
// from every word start, that of the lower keys (a.lower) where the word
// starts in lower case or with a digit (see lowerStart). The shortcuts must
// find exactly what it finds.
func (a *automaton) scanEveryStart(t []byte, ms []match) []match {
	prev := kindSep
	for i := 0; i < len(t); {
		r, size := rune(t[i]), 1
		if t[i] >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(t[i:])
		}
		kind := kindSep
		switch {
		case r < utf8.RuneSelf && asciiKind[r] == kindBlock && (r != '.' || prev == kindWord):
			kind = kindBlock
		case r < utf8.RuneSelf && asciiKind[r] == kindWord, r >= utf8.RuneSelf && isWordRune(r):
			kind = kindWord
		}
		if au := a; kind == kindWord && prev == kindSep && (!lowerStart(r) || a.lower != nil) {
			if lowerStart(r) {
				au = a.lower
			}
			if end, e, ok := au.longestAt(t, i); ok {
				ms = append(ms, match{start: i, end: end, entry: e})
				i, prev = end, kindWord
				continue
			}
		}
		prev = kind
		i += size
	}
	return ms
}
