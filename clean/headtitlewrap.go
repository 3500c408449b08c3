package clean

import (
	"unicode"
	"unicode/utf8"
)

// maxWrappedSkip bounds the lines of hard-wrapped paragraphs titleAbove
// steps over on its way up.
const maxWrappedSkip = 12

// inWrapped reports whether block i belongs to a hard-wrapped paragraph:
// it continues the line above or the line below continues it, as the
// wrap detector found, or as a line right under another (no blank line
// between) that opens in lower case shows ("together in order to land",
// "talk:").
func (p *Page) inWrapped(i int) bool {
	return p.blocks[i].Wrapped || i+1 < len(p.blocks) && p.blocks[i+1].Wrapped ||
		i > 0 && p.continues(i-1, i) || i+1 < len(p.blocks) && p.continues(i, i+1)
}

// continues reports whether text block j, on the input line right under
// block i's, opens in lower case: the rest of i's sentence.
func (p *Page) continues(i, j int) bool {
	if p.in.doc != nil || p.blocks[j].Line != p.blocks[i].Line+1 || p.blocks[i].Col != 0 || p.blocks[j].Col != 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.blocks[j].Text)
	return unicode.IsLower(r)
}
