package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean"
)

// What the paragraphs of flattened text may be beyond paragraphs: list items
// (a bullet or a number in front) and headings (a short title-case line
// between two paragraphs).
const (
	maxHeadingBytes = 90  // a heading is one short line
	maxHeadingWords = 12  //
	maxDashItem     = 300 // a dash item is short: longer ones are dialogue or quotes
	minListItems    = 2   // one bulleted line is not a list
)

// inferText gives the paragraphs that came without structure (flattened
// text) the roles their text suggests: runs of at least two bulleted or
// consecutively numbered paragraphs become lists (the marker taken off the
// item's text), and a short title-case line between two paragraphs a
// heading (after a paragraph that ends a sentence, or after a list).
func inferText(us []unit) {
	list := 0
	for i := 0; i < len(us); {
		if us[i].role != nil || us[i].image >= 0 {
			i++
			continue
		}
		j, start := listRun(us, i)
		if j-i < minListItems {
			i++
			continue
		}
		list++
		for k := i; k < j; k++ {
			_, rest, _ := listMarker(us[k].text)
			us[k].text = rest
			lv := clean.ListLevel{List: -list, Item: -(k + 1), Ordered: start > 0}
			if start > 1 {
				lv.Start = start
			}
			us[k].role = &clean.Role{Lists: []clean.ListLevel{lv}}
		}
		i = j
	}
	for i := 1; i+1 < len(us); i++ {
		prev := us[i-1]
		afterList := prev.role != nil && len(prev.role.Lists) > 0
		if us[i].role == nil && us[i].image < 0 && isPara(us[i+1]) &&
			(afterList || isPara(prev) && endsSentence(prev.text)) && looksLikeHeading(us[i].text) {
			us[i].role = &clean.Role{Heading: 2}
		}
	}
}

// isPara reports whether u is a plain paragraph of text.
func isPara(u unit) bool {
	return u.image < 0 && (u.role == nil || u.role.Heading == 0 && len(u.role.Lists) == 0)
}

// listRun returns the end of the run of list items from i, all with the
// same kind of marker (numbers counting up by one), and the first item's
// number when they are numbered (0 for bullets).
func listRun(us []unit, i int) (end, start int) {
	first, _, ok := listMarker(us[i].text)
	if !ok {
		return i, 0
	}
	ordered := first.number > 0
	prev := first
	j := i + 1
	for ; j < len(us) && us[j].role == nil && us[j].image < 0; j++ {
		m, _, ok := listMarker(us[j].text)
		if !ok || m.bullet != prev.bullet || ordered && m.number != prev.number+1 {
			break
		}
		prev = m
	}
	if isDash(first.bullet) {
		for k := i; k < j; k++ {
			if len(us[k].text) > maxDashItem {
				return i, 0
			}
		}
	}
	return j, first.number
}

// marker is a list item's marker: a bullet character, or a number with
// its punctuation ('.' or ')') in bullet.
type marker struct {
	bullet rune
	number int
}

// listMarker reads the marker a list item opens with ("• ", "- ", "1. ",
// "2) ") and returns it with the rest of the text.
func listMarker(s string) (marker, string, bool) {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '●', '▪', '◦', '‣', '∙', '·', '*', '-', '–', '—', '►', '■', '□', '✓', '✔':
		rest := s[size:]
		if strings.HasPrefix(rest, " ") && strings.TrimSpace(rest) != "" {
			return marker{bullet: r}, strings.TrimSpace(rest), true
		}
		return marker{}, s, false
	}
	n, i := 0, 0
	for i < len(s) && i < 3 && '0' <= s[i] && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i >= len(s)-2 || (s[i] != '.' && s[i] != ')') || s[i+1] != ' ' || n == 0 {
		return marker{}, s, false
	}
	rest := strings.TrimSpace(s[i+2:])
	if rest == "" {
		return marker{}, s, false
	}
	return marker{bullet: rune(s[i]), number: n}, rest, true
}

// isDash reports whether r is a dash, which opens dialogue as often as list
// items.
func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' }

// looksLikeHeading reports whether s reads as a heading: short, without the
// punctuation that ends a sentence, starting with a capital, every longer
// word capitalised.
func looksLikeHeading(s string) bool {
	if len(s) > maxHeadingBytes {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > maxHeadingWords {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
		if utf8.RuneCountInString(w) >= 4 && unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// endsSentence reports whether p ends with the punctuation of a sentence's
// end (a closing quote or bracket after it allowed).
func endsSentence(p string) bool {
	p = strings.TrimRight(p, " \"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(p)
	return r == '.' || r == '!' || r == '?' || r == '…'
}
