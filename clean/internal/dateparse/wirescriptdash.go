package dateparse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IRNA's Persian and Arabic dateline: a place in a script without
// capitals, a dash, the wire's name printed plain, and a dash (or ":-"),
// with or without blanks before the dashes; the Arabic papers' wire
// credit on a line of its own, after a tatweel standing as the dash:
//
//	تهران- ایرنا- ...     تهران - ایرنا - ...     طهران-ارنا:- ...
//	طهران ـ يو.بي.آي       دمشق-سانا ... (SANA: the credit glued, no second dash)
//
// Only a known wire between the dashes makes the form: "تهران - سه شنبه
// - ..." names a day, not a wire.

// parseWireScriptDash parses that form at the start of p; head is the
// part of p a dateline may take.
func parseWireScriptDash(p, head string) (Dateline, bool) {
	d1, w1 := firstDash(head, 48)
	if d1 < 0 {
		return Dateline{}, false
	}
	place := strings.TrimRight(head[:d1], " ")
	if place == "" || strings.Count(place, " ") > 2 {
		return Dateline{}, false
	}
	for w := range strings.FieldsSeq(place) {
		if !scriptLetters(w) {
			return Dateline{}, false
		}
	}
	c := spaceEnd(head, d1+w1)
	d2, w2 := firstDash(head[c:], 40)
	if d2 < 0 && len(p) == len(head) && len(p)-c <= 40 {
		d2 = len(p) - c // the credit alone ends the paragraph: "طهران ـ يو.بي.آي"
	}
	if d2 < 0 && c == d1+w1 && d1 > 0 && head[d1-1] != ' ' {
		// the dash glued to the place and to the credit, and a blank
		// after it: SANA's "دمشق-سانا ..."; spaced, "تهران - ایرنا گزارش
		// داد" is the wire named in a sentence
		if sp := strings.IndexByte(head[c:], ' '); sp > 0 {
			if w, ok := lookupWire(head[c : c+sp]); ok {
				n := spaceEnd(p, c+sp)
				if sentenceOf(p[n:], 4) {
					return Dateline{Text: p[:c+sp], Place: place, Agency: w.canon, Len: n}, true
				}
			}
		}
	}
	if d2 < 0 {
		return Dateline{}, false
	}
	credit := strings.TrimRight(head[c:c+d2], " :")
	w, ok := lookupWire(credit)
	if !ok {
		return Dateline{}, false
	}
	end := c + d2 + w2
	if end == len(p) {
		return Dateline{Text: p[:c+len(credit)], Place: place, Agency: w.canon, Len: end}, true
	}
	n := spaceEnd(p, end)
	if n == end || !sentenceOf(p[n:], 4) {
		return Dateline{}, false
	}
	return Dateline{Text: p[:c+len(credit)], Place: place, Agency: w.canon, Len: n}, true
}

// firstDash returns where the first hyphen or en or em dash of s[:max]
// is, or a tatweel between blanks (" ـ ", which Arabic prints as a dash;
// inside a word it only draws the word out), and its length in bytes; -1
// when there is none.
func firstDash(s string, max int) (int, int) {
	if len(s) > max {
		s = s[:max]
	}
	for i, r := range s {
		switch r {
		case '-', '–', '—':
			return i, utf8.RuneLen(r)
		case 'ـ':
			if i > 0 && s[i-1] == ' ' && i+len("ـ") < len(s) && s[i+len("ـ")] == ' ' {
				return i, len("ـ")
			}
		}
	}
	return -1, 0
}

// scriptLetters reports whether w is all letters (and marks) of the
// scripts without capitals: a word of a place, not a number or a mark.
func scriptLetters(w string) bool {
	for _, r := range w {
		if r < utf8.RuneSelf || !isLetter(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return caselessScript(w)
}
