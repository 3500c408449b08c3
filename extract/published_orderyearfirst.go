package extract

import (
	"strconv"
	"strings"

	"github.com/newsclean/newsclean/clean"
	"github.com/newsclean/newsclean/internal/datestamp"
)

// yearFirstOrder reads a numeric date of three two-digit numbers year
// first on a Korean, Japanese or Chinese page ("입력 25.03.04 10:05" is 4
// March 2025), where clean reads it day first, as Europe prints it (25
// March 2004). It applies only where a date, metadata or byline block
// prints st's numbers as DD.MM.YY (or DD/MM/YY), two digits before the
// first separator and after the last (on a page tagged with one of the
// three languages, also a short block of another kind but a paragraph:
// yearFirstBlock), and the page's language tag is one of the three or
// the page has none (flattened text, an untagged page) and that block
// holds Hangul or kana or the page's own text is mostly in a year-first
// script or language ([yearFirstText]: Korean, Japanese, Chinese,
// Hungarian, Lithuanian); the reading year first
// keeps st's clock, and is refused when its day is not in its month or
// is after the crawl. ok is false where st is left as it is.
func (as *assembler) yearFirstOrder(st clean.Stamp) (clean.Stamp, bool) {
	tagged := as.yearFirstPage()
	if st.Year < 2000 || st.Year > 2099 || st.Month == 0 || st.Day == 0 || !tagged && as.res.Meta != nil && as.res.Meta.Language != "" {
		return st, false
	}
	printed := false
	for i := range as.res.Blocks {
		b := &as.res.Blocks[i]
		if !yearFirstBlock(b, tagged) {
			continue
		}
		if printsFullYearDate(b.Text, st) {
			return st, false // read from its four-digit year ("입력 2025.03.04"), not from the short form
		}
		eachShortNumericDate(b.Text, func(a, m, y int) {
			printed = printed || a == st.Day && m == int(st.Month) && y == st.Year%100 && (tagged || hangulOrKana(b.Text) || as.yearFirstTextPage())
		})
	}
	if !printed {
		return st, false
	}
	sw := st
	sw.Year, sw.Day = 2000+st.Day, st.Year%100
	if sw.Day < 1 || sw.Day > datestamp.DaysIn(sw.Year, sw.Month) || as.future(sw) {
		return st, false
	}
	return sw, true
}

// yearFirstBlock reports whether yearFirstOrder reads block b's short
// dates: a date, metadata or byline block, and on a page tagged Korean,
// Japanese or Chinese (tagged) also any other short block but the
// story's paragraphs, since the short date is the norm there wherever
// the page prints it: an update line alone ("수정 25.03.06 08:00") or a
// <time>'s text in a strip the story model leaves outside the story.
func yearFirstBlock(b *clean.Block, tagged bool) bool {
	switch b.Kind {
	case clean.Date, clean.Metadata, clean.Byline:
		return true
	case clean.Body:
		return false
	}
	return tagged && len(b.Text) <= maxYearFirstStrip
}

// maxYearFirstStrip is the longest block of another kind yearFirstBlock
// reads on a tagged page: a date strip's length, no paragraph's.
const maxYearFirstStrip = 120

// printsFullYearDate reports whether s prints st's date with its
// four-digit year, year first or last (day and month either way), its
// numbers between ".", "/" or "-" ("2025.03.04", "2025-3-4",
// "04/03/2025", "03/04/2025"), or in words ([wordedDateAround]:
// "2025년 3월 6일", "2025年3月6日", "Mar 6, 2025", "6 March 2025"): st was
// then read from such a line, and a short form of the same numbers
// elsewhere ("사진 04.03.25", a caption's agency date "EPA 06.03.25")
// does not make it a short date to read year first. Linear: each of the
// year's occurrences is looked at once, a few bytes or words around.
func printsFullYearDate(s string, st clean.Stamp) bool {
	year := strconv.Itoa(st.Year)
	for from := 0; ; {
		k := strings.Index(s[from:], year)
		if k < 0 {
			return false
		}
		i, e := from+k, from+k+len(year)
		from = e
		if i > 0 && digitAt(s, i-1) || e < len(s) && digitAt(s, e) {
			continue
		}
		if wordedDateAround(s, i, e, st) {
			return true
		}
		if e < len(s) && numericDateMark(s[e]) {
			if m, j := numberAt(s, e+1, 2); j > 0 && m == int(st.Month) && j < len(s) && s[j] == s[e] {
				if d, k := numberAt(s, j+1, 2); k > 0 && d == st.Day {
					return true
				}
			}
		}
		if i >= 2 && numericDateMark(s[i-1]) && digitAt(s, i-2) {
			j := i - 2
			for j > 0 && j > i-4 && digitAt(s, j-1) {
				j--
			}
			if m, e := numberAt(s, j, 2); e == i-1 && j >= 2 && s[j-1] == s[i-1] && digitAt(s, j-2) {
				k := j - 2
				for k > 0 && k > j-4 && digitAt(s, k-1) {
					k--
				}
				if d, e := numberAt(s, k, 2); e == j-1 && (d == st.Day && m == int(st.Month) || d == int(st.Month) && m == st.Day) {
					return true
				}
			}
		}
	}
}

// numericDateMark reports whether c separates a numeric date's numbers.
func numericDateMark(c byte) bool { return c == '.' || c == '/' || c == '-' }

// yearFirstPage reports whether the page's language tag (its <html lang>
// or its metadata's) is Korean, Japanese or Chinese, whose pages write a
// numeric date year first.
func (as *assembler) yearFirstPage() bool {
	m := as.res.Meta
	if m == nil {
		return false
	}
	return yearFirstTag(m.Language)
}

// yearFirstTag reports whether a language tag ("ko", "ko-KR", "ja_JP",
// "zh-Hant-TW") is Korean, Japanese or Chinese of a region that writes a
// numeric date year first. Hong Kong, Macau and Singapore write it day
// first, as Britain does ("04/03/25" is 4 March 2025): a Chinese tag with
// one of their regions ("zh-HK", "zh-Hant-HK", "zh_MO", "zh-SG") is
// not, nor is the traditional script's tag without a region ("zh-Hant"),
// which Hong Kong and Macau print as Taiwan does.
func yearFirstTag(tag string) bool {
	if len(tag) < 2 || len(tag) > 2 && tag[2] != '-' && tag[2] != '_' {
		return false
	}
	switch strings.ToLower(tag[:2]) {
	case "ko", "ja":
		return true
	case "zh":
		hant, region := false, false
		for part := range strings.FieldsFuncSeq(tag[2:], func(r rune) bool { return r == '-' || r == '_' }) {
			switch p := strings.ToLower(part); {
			case p == "hk" || p == "mo" || p == "sg":
				return false
			case p == "hant":
				hant = true
			case len(p) == 2:
				region = true
			}
		}
		return !hant || region
	}
	return false
}

// eachShortNumericDate calls f with the three numbers of every date in s
// written aa.b.cc or aa/b/cc: two digits, one or two, and two, the same
// separator twice, and neither a digit nor a separator followed by a
// digit around it (so no part of "2025.03.04", "1.25.03.04" or an
// address's numbers).
func eachShortNumericDate(s string, f func(a, b, c int)) {
	for i := 0; i+7 <= len(s); i++ {
		if !digitAt(s, i) || i > 0 && (digitAt(s, i-1) || s[i-1] == '.' || s[i-1] == '/') {
			continue
		}
		a, j := numberAt(s, i, 2)
		if j != i+2 || j >= len(s) || s[j] != '.' && s[j] != '/' {
			continue
		}
		sep := s[j]
		b, k := numberAt(s, j+1, 2)
		if k < 0 || k >= len(s) || s[k] != sep {
			continue
		}
		c, e := numberAt(s, k+1, 2)
		if e != k+3 || e < len(s) && digitAt(s, e) || e+1 < len(s) && (s[e] == '.' || s[e] == '/') && digitAt(s, e+1) {
			continue
		}
		f(a, b, c)
		i = e - 1
	}
}

// updateAsPrinted is an update line's date read in the page's order as
// the publish date beside it is: year first on a Korean, Japanese or
// Chinese page that prints it short ("입력 25.03.04 10:05 · 수정
// 25.03.06 08:00": updated 6 March 2025, not 25 June 2006, which read
// before a publish date of 4 March 2025 was dropped as earlier).
func (as *assembler) updateAsPrinted(st clean.Stamp) clean.Stamp {
	st = as.shortYearAsCrawl(st) // "Updated Mar 6 '30" crawled in 2031
	if yf, ok := as.yearFirstOrder(st); ok {
		return yf
	}
	return st
}

// hangulOrKana reports whether s holds a Hangul syllable or jamo or a
// Japanese kana letter, the scripts of the pages that print a short date
// year first (Han alone is also Hong Kong's, which prints it day first).
// The katakana middle dot and prolonged sound mark ("・", "ー") are no
// letters: Western pages print the dot as a separator.
func hangulOrKana(s string) bool {
	for _, r := range s {
		if hangulOrKanaRune(r) {
			return true
		}
	}
	return false
}

// hangulOrKanaRune reports whether r is a letter [hangulOrKana] looks
// for: a Hangul syllable or jamo, or a kana letter.
func hangulOrKanaRune(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3 || // Hangul syllables
		r >= 0x1100 && r <= 0x11FF || r >= 0x3131 && r <= 0x318E || // Hangul jamo
		r >= 0x3041 && r <= 0x3096 || // hiragana letters
		r >= 0x30A1 && r <= 0x30FA // katakana letters
}
