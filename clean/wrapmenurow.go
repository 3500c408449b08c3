package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A site's menu flattened into one lower-case row ("home news world
// business sport culture") sits, on some pages, one newline over the
// headline. As wide as the lines of the page's hard-wrapped paragraphs,
// and ending mid-sentence as a menu does, the row read to the wrap
// detector as a paragraph's first line, and the headline under it as the
// line that goes on with it: the headline was lost inside the row.

// menuRowOver reports whether block i is a lower-case menu row right over
// a headline-shaped line: the row is menuRow, and the next input line
// opens with a capital letter and ends no sentence. A wrapped paragraph's
// line that a capital name goes on from ("... two divers led by" /
// "Marta Ruiz, who ...") holds function words, and stays in its run.
func (p *Page) menuRowOver(i int) bool {
	if i+1 >= len(p.blocks) || p.blocks[i+1].Line != p.blocks[i].Line+1 {
		return false
	}
	t, next := p.blocks[i].Text, p.blocks[i+1].Text
	if t == "" || t[0] < 'a' || t[0] > 'z' {
		return false // menuRow's own first test, before the next line's rune
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, openMarks))
	return unicode.IsUpper(r) && menuRow(t) && !endsSentence(next)
}

// menuRow reports whether s is a row of at least three menu words: words
// of lower-case ASCII letters (a hyphen or an ampersand inside), none
// longer than a section's name runs, none a function word a line of prose
// holds, with nothing but bars, slashes and dots between them.
func menuRow(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false // the cheap test most lines stop at
	}
	words := 0
	for w := range strings.FieldsSeq(s) {
		switch w {
		case "|", "/", "·", "•", "-":
			continue
		}
		if len(w) > maxMenuWord || !lowerWord(w) || rowFunctionWord(w) {
			return false
		}
		words++
	}
	return words >= 3
}

// maxMenuWord is the longest menu word in bytes ("entertainment" is 13).
const maxMenuWord = 14

// lowerWord reports whether w is lower-case ASCII letters, with a hyphen
// or an ampersand between two of them.
func lowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' {
			continue
		}
		if (c == '-' || c == '&') && i > 0 && i+1 < len(w) {
			continue
		}
		return false
	}
	return true
}

// rowFunctionWord reports whether w is one of the short words a line of
// prose in English or another language written in ASCII letters holds and
// a menu does not. A switch, not a map: nothing built at start-up.
func rowFunctionWord(w string) bool {
	switch w {
	case // English
		"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with",
		"and", "or", "but", "as", "is", "are", "was", "were", "be", "been", "has", "have",
		"had", "it", "its", "this", "that", "he", "she", "they", "we", "you", "i", "said",
		"will", "would", "not", "no", "so", "if", "than", "into", "over", "about", "after", "who",
		"which", "his", "her", "their", "our", "there", "when", "under", "between", "through", "against", "without",
		"within", "during", "since", "until", "while", "can", "may", "also", "all", "more", "most", "up",
		"out":
		return true
	case // Spanish, Portuguese, French, Italian
		"de", "del", "la", "las", "el", "los", "le", "les", "un", "una", "une", "des",
		"du", "et", "en", "y", "e", "o", "que", "qui", "se", "por", "para", "con",
		"al", "da", "do", "das", "dos", "em", "na", "um", "uma", "il", "di", "che",
		"per":
		return true
	case // German, Dutch
		"der", "die", "und", "den", "dem", "von", "zu", "ist", "mit", "auf", "het", "een",
		"van":
		return true
	case // Polish, Czech, Indonesian, Turkish, Swahili, Tagalog
		"w", "z", "nie", "jest", "ze", "je", "yang", "dan", "ini", "bir", "ve", "bu",
		"ya", "ng":
		return true
	}
	return false
}
