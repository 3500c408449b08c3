package clean

import (
	"strings"
	"unicode/utf8"
)

// A page that wrote its headline through the wrong character set prints a
// "?" for each character it lost ("Event Planning? Beginner? Guide" for
// "Event Planning: Beginner’s Guide"), while its metadata keeps them: the
// two are one title, which the ranker reads as one candidate with the
// whole text.

// mergeLost merges each candidate that is another's text with characters
// lost to "?" ([lostChars]) or cut short ([cutShort], [searchCutShort])
// into the earlier of the two, which takes the whole text, and returns the
// candidates left, in their order.
func mergeLost(cands []*titleCand) []*titleCand {
	out := cands[:0]
	for _, c := range cands {
		merged := false
		for _, o := range out {
			whole := ""
			switch {
			case lostChars(o.text, c.text) || cutShort(o.text, c.text) || searchCutShort(o, c):
				whole = c.text
			case lostChars(c.text, o.text) || cutShort(c.text, o.text) || searchCutShort(c, o):
				whole = o.text
			default:
				continue
			}
			o.text, o.key = whole, squash(whole)
			for s, on := range c.src {
				if on && !o.src[s] {
					o.src[s] = true
					if s != 0 && s != 2 {
						o.exact++
					}
				}
			}
			o.prints = append(o.prints, c.prints...)
			o.visible = o.visible || c.visible
			merged = true
			break
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}

// lostChars reports whether damaged is whole with characters lost: the
// same words, save that in some of them a "?" stands for one to three
// characters of whole's word, one of them at least neither an ASCII
// letter nor a digit ("Beginner?" for "Beginner’s", "Planning?" for
// "Planning:"). Words that differ otherwise, or no word that differs, is
// no loss.
func lostChars(damaged, whole string) bool {
	if !strings.Contains(damaged, "?") {
		return false
	}
	dw, ww := strings.Fields(damaged), strings.Fields(whole)
	if len(dw) != len(ww) {
		return false
	}
	lost := false
	for i, d := range dw {
		w := ww[i]
		if strings.EqualFold(d, w) {
			continue
		}
		pre, post, ok := strings.Cut(d, "?")
		if !ok || strings.Contains(post, "?") || len(w) < len(pre)+len(post) ||
			!strings.EqualFold(w[:len(pre)], pre) || !strings.EqualFold(w[len(w)-len(post):], post) {
			return false
		}
		mid := w[len(pre) : len(w)-len(post)]
		if n := utf8.RuneCountInString(mid); n < 1 || n > 3 || !strings.ContainsFunc(mid, notASCIIAlnum) {
			return false
		}
		lost = true
	}
	return lost
}

// notASCIIAlnum reports whether r is neither an ASCII letter nor a digit.
func notASCIIAlnum(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}
