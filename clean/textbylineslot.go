package clean

import (
	"strings"
	"unicode"
)

// The line between the headline and its date line. A line printed right
// under the headline and right over the date line ("How to Price a Shed
// Repair" / "inikosoftseo" / "September 8, 2025") stands where a blog
// prints its author, and there a few forms the other readings refuse sign
// the post: a blog's login handle in lower case, a team whose name holds a
// word the page also writes in lower case ("Acme Connect Team"), and the
// word "Staff" alone. A name with a part in brackets ("Jane (Doe) Roe",
// "Jane Doe (Content Manager)") is read wherever a name alone is.

// slotAuthor returns who signs the post on line s, standing right under
// the headline and right over the date line: a handle in lower case that
// no other line of the page writes as a word, a team's name, or "Staff";
// "" otherwise.
func (p *Page) slotAuthor(s string, lw *lowerWords) string {
	s = strings.TrimSpace(s)
	switch {
	case s == "Staff":
		return s
	case isSlotHandle(s) && !notHandles[s]:
		// the page's own lower-case words: "news" or "tips" over a date
		// is a section's label, written again elsewhere
		if p.writtenAgain(s, lw) {
			return ""
		}
		return s
	}
	if team, _ := teamName(s); team != "" {
		return team
	}
	return ""
}

// bracketedName returns s when it is a person's name with one part in
// round brackets, inside it or after it, as the page prints it ("Paramita
// (Guha) Ghosh", "Lance Ryan (Content Manager)"): without the brackets'
// part a name alone ([personShaped]), the part one to four words with no
// digit. A handle in brackets after the name ("Jane Doe (@janedoe)") is
// left out. It returns "" otherwise.
func bracketedName(s string) string {
	s = strings.TrimSpace(s)
	open, shut := strings.IndexByte(s, '('), strings.IndexByte(s, ')')
	if open <= 0 || shut < open || strings.Count(s, "(") != 1 || strings.Count(s, ")") != 1 {
		return ""
	}
	inside := s[open+1 : shut]
	if n := wordCount(inside); n < 1 || n > 4 || strings.IndexFunc(inside, unicode.IsDigit) >= 0 {
		return ""
	}
	bare := strings.Join(strings.Fields(s[:open]+" "+s[shut+1:]), " ")
	if !personShaped(bare) {
		return ""
	}
	if inside[0] == '@' && strings.TrimSpace(s[shut+1:]) == "" {
		return bare // "Jane Doe (@janedoe)": the handle is no part of her name
	}
	return s
}

// writtenAgain reports whether the page writes one of the words of handle
// h in lower case on more lines than h's own: a word of the page's, not a
// login's.
func (p *Page) writtenAgain(h string, lw *lowerWords) bool {
	lw.has(p.blocks, h) // fills the page's words
	for _, part := range strings.FieldsFunc(h, notWordRune) {
		if lw.count(part, 2) > 1 {
			return true
		}
	}
	return false
}

// handleByline returns the handle a line by the headline of flattened
// text signs the post with ("by ibby", [handleLine]; "By @quillfinch",
// [atHandleLine], without its "@"), or "": an account
// that names nobody ([notHandles], notAuthorName) or a word the page
// writes elsewhere in lower case ("by phone") is none.
func (p *Page) handleByline(s string, lw *lowerWords) string {
	h := handleLine(strings.TrimSpace(s))
	if h == "" {
		h = atHandleLine(strings.TrimSpace(s))
	}
	if h == "" || notHandles[h] || notAuthorName(h) || p.writtenAgain(h, lw) {
		return ""
	}
	return h
}

// slotNames returns the authors a line right under headline t lists
// without a byline's word ("Jane Doe and John Roe", "Jane Doe, John Roe &
// Ann Poe": two names or more, [nameList]) when the date line, at dateAt,
// stands right under that line or under it and one outlet's line between
// ("Jane Doe and John Roe" / "DAILY COURIER" / "Published 7:07 PM Nov 19,
// 2019"). None of the names' words may be one the page writes in lower
// case. It returns nil otherwise: a deck of names-like words ("Jane
// Austen and the Art of Letters") lists no names.
func (p *Page) slotNames(t, dateAt int, lw *lowerWords) []string {
	if t+1 >= len(p.blocks) || dateAt != t+2 && !(dateAt == t+3 && outletLine(p.blocks[t+2].Text)) {
		return nil
	}
	ns := nameList(p.blocks[t+1].Text)
	if len(ns) == 0 || p.writesLower(strings.Join(ns, " "), lw) {
		return nil
	}
	return ns
}

// outletLine reports whether s could be an outlet's name printed alone
// between a byline and its date line ("USA TODAY", "The Daily Courier"):
// one to four words, each opening with a capital (or "of", "the"), no
// digit, nothing after its last word.
func outletLine(s string) bool {
	w := strings.Fields(s)
	if len(w) < 1 || len(w) > 4 || digitByteIn(s) {
		return false
	}
	for _, x := range w {
		r := []rune(x)
		if !unicode.IsUpper(r[0]) && x != "of" && x != "the" {
			return false
		}
		if last := r[len(r)-1]; !unicode.IsLetter(last) {
			return false
		}
	}
	return true
}
