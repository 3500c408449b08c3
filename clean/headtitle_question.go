package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQuestionHead bounds, in bytes, a headline that asks or exclaims and
// reads as prose by its length (isProse: twelve words and a closing mark).
const maxQuestionHead = 200

// leadAsHeadline returns the headline that reads as prose: block end, the
// story's first paragraph, or one of the titleLook free lines above it,
// when it is one title-cased question or exclamation long enough for
// isProse to take it for prose ("What Are the Latest Scientific Trends in
// Psychiatry and How Will They Impact Care?", "Podcast Equipment Guide:
// The 5 Pieces You Need + How to Start for $90!"), which titleAbove
// passes over and the headline model never scores. A sentence of the
// story is not title-cased ("What are the latest trends, and how will
// they change care?"), and a paragraph has more than one sentence. It
// returns -1 when there is none: the head's last resort before the
// headline model.
func (p *Page) leadAsHeadline(end int) int {
	if end >= len(p.blocks) {
		return -1
	}
	seen := 0
	for i := end; i >= 0 && seen <= titleLook; i-- {
		if !p.free(i) {
			continue
		}
		seen++
		s := strings.TrimSpace(p.blocks[i].Text)
		if len(s) <= maxQuestionHead && isProse(s) && askOrExclaim(s) && !isTitleTrap(s) && titleCased(s) {
			return i
		}
	}
	return -1
}

// askOrExclaim reports whether s is one sentence that ends with a
// question or exclamation mark: no sentence ends inside it.
func askOrExclaim(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	if last != '?' && last != '!' {
		return false
	}
	inner := s[:len(s)-1]
	return !strings.Contains(inner, ". ") && !strings.Contains(inner, "? ") && !strings.Contains(inner, "! ")
}

// minCasedWords is the fewest words of four letters or more a line needs
// for titleCased to judge its case.
const minCasedWords = 4

// titleCased reports whether s is written in title case: of its words of
// four letters or more, at least minCasedWords and all but one in five
// open with a capital.
func titleCased(s string) bool {
	long, upper := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		long++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return long >= minCasedWords && 5*upper >= 4*long
}
