package normalize

import (
	"slices"

	"github.com/newsclean/newsclean/internal/uchar"
)

// This file lets a line whose names were rewritten skip the second name
// pass. The name layers run to a fixed point because a rewrite can make a
// longer name ("Nagorny Garabagh" -> "Nagorny Karabakh", which is a key of
// its own); the second pass rescans the whole line to find such names. A
// rewrite settles when no key other than its target's own can match text
// that overlaps it: the words next to it are not words that some key
// writes next to the target's first or last word.

// settle is what a rewrite to one target needs to settle: the entry of the
// target's own key, and the words that some key writes right before the
// target's first word and right after its last (words: runs of ASCII
// letters and digits of the keys).
type settle struct {
	entry         int32
	before, after []string
}

// keyWordAt returns the first run of ASCII letters and digits of k at or
// after i, as [ws, we), or ws == len(k) for none.
func keyWordAt(k string, i int) (ws, we int) {
	for i < len(k) && !isKeyWordByte(k[i]) {
		i++
	}
	ws = i
	for i < len(k) && isKeyWordByte(k[i]) {
		i++
	}
	return ws, i
}

func isKeyWordByte(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }

// setSettles fills t.settles and each entry's settle index from keys, the
// table's keys in sorted order: for each entry whose target folds to a key
// of ASCII bytes only, the words that keys write next to the target's
// first and last words.
func (t *table) setSettles(keys []string) {
	type target struct {
		key, first, last string
		s                int32
	}
	byTarget := map[string]*target{}
	var targets []*target // in entry order, so that the table does not depend on map order
	for i := range t.entries {
		e := &t.entries[i]
		e.settle = -1
		if e.layer != LayerSpelling && e.layer != LayerExonym {
			continue
		}
		tg := byTarget[e.target]
		if tg == nil {
			tg = &target{key: foldString(e.target), s: -1}
			byTarget[e.target] = tg
			if ki, ok := slices.BinarySearch(keys, tg.key); ok && uchar.IsASCII(tg.key) {
				if ws, we := keyWordAt(tg.key, 0); ws < len(tg.key) {
					tg.first = tg.key[ws:we]
					for ws < len(tg.key) {
						tg.last = tg.key[ws:we]
						ws, we = keyWordAt(tg.key, we)
					}
					tg.s = int32(len(t.settles))
					t.settles = append(t.settles, settle{entry: int32(ki)})
					targets = append(targets, tg)
				}
			}
		}
		e.settle = tg.s
	}
	// The words keys write before each first word and after each last
	// word of a target.
	firsts, lasts := map[string][]string{}, map[string][]string{}
	for _, tg := range targets {
		firsts[tg.first], lasts[tg.last] = nil, nil
	}
	for _, k := range keys {
		ws, we := keyWordAt(k, 0)
		if ws == len(k) {
			continue
		}
		// A key that goes on past its first or last word with other
		// bytes (a full stop, a quote, a letter outside ASCII) may follow
		// or precede that word whatever the word next to it: "*" stands
		// for any.
		if w := k[ws:we]; ws > 0 {
			if list, ok := firsts[w]; ok {
				firsts[w] = appendNew(list, "*")
			}
		}
		for {
			w := k[ws:we]
			ns, ne := keyWordAt(k, we)
			if ns == len(k) {
				if list, ok := lasts[w]; ok && we < len(k) {
					lasts[w] = appendNew(list, "*")
				}
				break
			}
			if list, ok := lasts[w]; ok {
				lasts[w] = appendNew(list, k[ns:ne])
			}
			if list, ok := firsts[k[ns:ne]]; ok {
				firsts[k[ns:ne]] = appendNew(list, w)
			}
			ws, we = ns, ne
		}
	}
	for _, tg := range targets {
		st := &t.settles[tg.s]
		st.before, st.after = firsts[tg.first], lasts[tg.last]
	}
}

// appendNew appends w to list unless it holds it already, keeping "*"
// (any word) last, where quietBefore and quietAfter look for it.
func appendNew(list []string, w string) []string {
	for _, x := range list {
		if x == w {
			return list
		}
	}
	list = append(list, w)
	if n := len(list); n > 1 && list[n-2] == "*" {
		list[n-2], list[n-1] = list[n-1], list[n-2]
	}
	return list
}

// settled reports whether the first name pass over a line, which found
// the matches ms in t and made the edits of t3, leaves nothing for a
// second pass: every live match was rewritten (so no flag, and no guard
// held one back: the other matches are not live and stay so), and each
// rewrite settles: it starts with an ASCII capital, its target's own key
// matches it and is not live there, and neither word next to it (within
// the text between it and the edits beside it) is one that a key writes
// next to the target. Then a second pass would find the same matches, none
// of them live, and change nothing.
func (t *table) settled(text []byte, ms []match, t3 []byte, edits []edit) bool {
	k := 0
	for i := range ms {
		m := &ms[i]
		if !t.matchLive(text, m) {
			continue
		}
		if k == len(edits) {
			return false
		}
		e := edits[k]
		if e.os != m.start || e.oe != m.end {
			return false
		}
		si := t.entries[m.entry].settle
		if si < 0 {
			return false
		}
		st := &t.settles[si]
		repl := t3[e.ns:e.ne]
		if len(repl) == 0 || repl[0]-'A' >= 26 || t.live(repl, int(st.entry)) {
			return false
		}
		lo, hi := 0, len(t3)
		if k > 0 {
			lo = edits[k-1].ne
		}
		if k+1 < len(edits) {
			hi = edits[k+1].ns
		}
		if !quietBefore(t3, lo, e.ns, st.before) || !quietAfter(t3, e.ne, hi, st.after) {
			return false
		}
		k++
	}
	return k == len(edits)
}

// quietBefore reports whether the word before t[at] (past ASCII bytes
// that are not letters or digits and marks of the General Punctuation
// block, such as quotes and dashes), inside t[lo:at], is none of words. Any
// other byte outside ASCII on the way or next to the word, or a word that
// reaches lo, is not quiet.
func quietBefore(t []byte, lo, at int, words []string) bool {
	if len(words) == 0 {
		return true
	}
	if words[len(words)-1] == "*" {
		return false
	}
	i := at
	for i > lo {
		if c := t[i-1]; c < 0x80 && wordFold[c] == 0 {
			i--
		} else if punctEndsAt(t, lo, i) {
			i -= 3
		} else {
			break
		}
	}
	end := i
	for i > lo && wordFold[t[i-1]] != 0 {
		i--
	}
	switch {
	case i == end:
		return i == 0 // no word before: the line's start
	case i == lo && lo > 0:
		return false // the word may go on into the edit before
	case i > 0 && t[i-1] >= 0x80 && !punctEndsAt(t, lo, i):
		return false // the word may go on with a letter outside ASCII
	}
	return !foldsToAny(t[i:end], words)
}

// quietAfter is quietBefore for the word after t[at-1], inside t[at:hi].
func quietAfter(t []byte, at, hi int, words []string) bool {
	if len(words) == 0 {
		return true
	}
	if words[len(words)-1] == "*" {
		return false
	}
	i := at
	for i < hi {
		if c := t[i]; c < 0x80 && wordFold[c] == 0 {
			i++
		} else if punctStartsAt(t, i, hi) {
			i += 3
		} else {
			break
		}
	}
	start := i
	for i < hi && wordFold[t[i]] != 0 {
		i++
	}
	switch {
	case i == start:
		return i == len(t) // no word after: the line's end
	case i == hi && hi < len(t):
		return false
	case i < len(t) && t[i] >= 0x80 && !punctStartsAt(t, i, len(t)):
		return false
	}
	return !foldsToAny(t[start:i], words)
}

// punctStartsAt reports whether t[i:hi] starts with a mark of the General
// Punctuation block (U+2000 to U+206F), which is no word rune and which
// keys fold to bytes that are not ASCII letters or digits.
func punctStartsAt(t []byte, i, hi int) bool {
	return i+3 <= hi && t[i] == 0xE2 && (t[i+1] == 0x80 || t[i+1] == 0x81 && t[i+2] <= 0xAF) && t[i+2]&0xC0 == 0x80
}

// punctEndsAt reports whether t[lo:i] ends with a mark of the General
// Punctuation block.
func punctEndsAt(t []byte, lo, i int) bool {
	return i-3 >= lo && punctStartsAt(t, i-3, i)
}

// foldsToAny reports whether the ASCII word folds to one of words.
func foldsToAny(word []byte, words []string) bool {
	for _, w := range words {
		if len(w) == len(word) && foldsTo(word, w) {
			return true
		}
	}
	return false
}
