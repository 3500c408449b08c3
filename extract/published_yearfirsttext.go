package extract

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/clean"
)

// yearFirstTextPage reports, once a page, whether an untagged page's own
// text ([yearFirstText]) is mostly in a script or language that writes a
// numeric date year first, so that [yearFirstOrder] reads a short date
// year first even where the line that prints it holds only numbers
// ("25.03.04 10:05" under a Korean byline).
func (as *assembler) yearFirstTextPage() bool {
	if !as.yearFirstTextRead {
		as.yearFirstText, as.yearFirstTextRead = yearFirstText(as.res.Blocks), true
	}
	return as.yearFirstText
}

// yearFirstText reports whether the page's first yearFirstTextBytes
// bytes of block text are mostly in a script or language whose pages
// write a numeric date year first: more than half the letters Hangul,
// kana or Han, with Hangul or kana at least a tenth of those (Korean,
// Japanese), or Han alone where the text names none of the places that
// write Chinese dates day first ([dayFirstChinesePlace]: Hong Kong,
// Macau, Singapore); or more than half of them Latin, with at least
// three of Hungarian's or Lithuanian's own letters ("ő", "ű", "ė", "ų",
// "į"), one in 200 Latin letters or more. Linear in the bytes read.
func yearFirstText(blocks []clean.Block) bool {
	var letters, latin, cjk, hangulKana, marks int
	chinesePlace := false
	budget := yearFirstTextBytes
	for i := range blocks {
		if budget <= 0 {
			break
		}
		t := blocks[i].Text[:min(len(blocks[i].Text), budget)]
		budget -= len(t)
		if !chinesePlace && dayFirstChinesePlace(t) {
			chinesePlace = true
		}
		for _, r := range t {
			switch {
			case r < 0x80:
				if r|0x20 >= 'a' && r|0x20 <= 'z' {
					letters++
					latin++
				}
			case hangulOrKanaRune(r):
				letters++
				cjk++
				hangulKana++
			case unicode.Is(unicode.Han, r):
				letters++
				cjk++
			case r < 0x250 && unicode.IsLetter(r):
				letters++
				latin++
				if yearFirstLatinMark(r) {
					marks++
				}
			case unicode.IsLetter(r):
				letters++
			}
		}
	}
	switch {
	case 2*cjk > letters:
		return hangulKana*10 >= cjk || !chinesePlace
	case 2*latin > letters:
		return marks >= 3 && marks*200 >= latin
	}
	return false
}

// yearFirstTextBytes bounds the text [yearFirstText] reads.
const yearFirstTextBytes = 16 << 10

// yearFirstLatinMark reports whether r is a letter only Hungarian ("ő",
// "ű") or Lithuanian ("ė", "ų", "į") writes among the languages of Latin
// script, both of which write a numeric date year first ("2025.03.04.",
// "2025-03-04").
func yearFirstLatinMark(r rune) bool {
	switch r {
	case 'ő', 'Ő', 'ű', 'Ű', 'ė', 'Ė', 'ų', 'Ų', 'į', 'Į':
		return true
	}
	return false
}

// dayFirstChinesePlace reports whether s names Hong Kong, Macau or
// Singapore in Chinese, whose pages write a numeric date day first as
// Britain does: a page in Han alone that names one is not read year
// first (a mainland page naming one keeps the day-first reading every
// untagged page had).
func dayFirstChinesePlace(s string) bool {
	if !strings.ContainsRune(s, '港') && !strings.ContainsRune(s, '澳') && !strings.ContainsRune(s, '坡') {
		return false // a byte search each for most pages' text
	}
	return strings.Contains(s, "香港") || strings.Contains(s, "澳門") || strings.Contains(s, "澳门") || strings.Contains(s, "新加坡")
}
