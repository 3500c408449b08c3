package dateparse

import (
	"strings"
	"unicode/utf8"
)

// Pages in Arabic, Persian, Urdu, Hindi, Bengali, Thai, Burmese and Khmer may print their
// dates in their scripts' own digits ("٤ مارس ٢٠٢٥", "۱۴ اسفند ۱۴۰۳",
// "०४ मार्च २०२५", "৪ মার্চ ২০২৫"), as pages in the other Indic scripts and
// Lao may ("૫ ડિસેમ્બર ૨૦૨૫"). The readers of date lines read ASCII
// digits; FoldDigits gives them the line with those digits in ASCII.

// scriptZero is the zero of each script whose digits FoldDigits reads;
// the script's ten digits follow it.
var scriptZero = [...]rune{
	0x0660, // Arabic-Indic
	0x06F0, // Extended Arabic-Indic (Persian, Urdu)
	0x0966, // Devanagari
	0x09E6, // Bengali
	0x0A66, // Gurmukhi
	0x0AE6, // Gujarati
	0x0B66, // Oriya
	0x0BE6, // Tamil
	0x0C66, // Telugu
	0x0CE6, // Kannada
	0x0D66, // Malayalam
	0x0E50, // Thai
	0x0ED0, // Lao
	0x1040, // Myanmar (Burmese)
	0x17E0, // Khmer
}

// scriptDigit returns the value of r when it is a digit of one of those
// scripts.
func scriptDigit(r rune) (int, bool) {
	if r < 0x0660 || r > 0x17E9 {
		return 0, false
	}
	for _, z := range scriptZero {
		if r >= z && r <= z+9 {
			return int(r - z), true
		}
	}
	return 0, false
}

// digitLead reports whether the bytes at s[i] may open the UTF-8 form of
// one of those digits (U+0660..U+06F9 open with 0xD9..0xDB; U+0966..U+0ED9
// with 0xE0; Burmese's U+1040..U+1049 with 0xE1 0x81, Khmer's
// U+17E0..U+17E9 with 0xE1 0x9F, where Georgian's letters, Vietnamese's
// and the other scripts of 0xE1 have another second byte): the cheap
// test that spares the decoding of most lines.
func digitLead(s string, i int) bool {
	c := s[i]
	if c == 0xE1 {
		return i+1 < len(s) && (s[i+1] == 0x81 || s[i+1] == 0x9F)
	}
	return c >= 0xD9 && c <= 0xDB || c == 0xE0
}

// FoldDigits returns s with the digits of the scripts above written as
// ASCII digits, and whether it changed any; s itself, and false, when it
// holds none.
func FoldDigits(s string) (string, bool) {
	first := -1
	for i := 0; i < len(s); i++ {
		// eight bytes at a time past those that open no such digit:
		// ASCII, and the letters of most other scripts
		for i+8 <= len(s) && !digitLeads8(s, i) {
			i += 8
		}
		if i == len(s) {
			break
		}
		if !digitLead(s, i) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); r >= 0x0660 {
			if _, ok := scriptDigit(r); ok {
				first = i
				break
			}
		}
	}
	if first < 0 {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:first])
	for _, r := range s[first:] {
		if d, ok := scriptDigit(r); ok {
			b.WriteByte(byte('0' + d))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String(), true
}

// UnfoldOffset maps a byte offset into FoldDigits(s) back to the offset of
// the same place in s.
func UnfoldOffset(s string, pos int) int {
	n := 0
	for i, r := range s {
		if n >= pos {
			return i
		}
		if _, ok := scriptDigit(r); ok {
			n++
		} else {
			n += utf8.RuneLen(r)
		}
	}
	return len(s)
}

// vietWeekday returns the index after a Vietnamese weekday at token i,
// which is two words ("Thứ ba", "Chủ nhật"), or i when none is there.
func (p *lineParser) vietWeekday(i int) int {
	if i+1 >= len(p.t) || p.t[i+1].kind != tWord {
		return i
	}
	switch {
	case p.isWord(i, "thứ"):
		switch strings.ToLower(p.word(i + 1)) {
		case "hai", "ba", "tư", "năm", "sáu", "bảy":
			return i + 2
		}
	case p.isWord(i, "chủ") && p.isWord(i+1, "nhật"):
		return i + 2
	}
	return i
}

// asianHalf reads the words Korean, Japanese and Chinese print before a
// time of the twelve-hour clock: 오전, 午前, 上午 (morning) and 오후, 午後,
// 下午 (afternoon).
func asianHalf(w string) (pm, ok bool) {
	switch w {
	case "오전", "午前", "上午":
		return false, true
	case "오후", "午後", "下午":
		return true, true
	}
	return false, false
}

// halfClock parses the time at i after such a word: a clock of the
// twelve-hour dial, with no AM or PM after it, and its seconds as
// [lineParser.clockSec] gives them (-1 for none).
func (p *lineParser) halfClock(i int, pm bool) (h, m, sec, j int, ok bool) {
	h, m, sec, j, ok = p.clockSec(i)
	if !ok || h < 1 || h > 12 {
		return 0, 0, -1, 0, false
	}
	if pm && h != 12 {
		h += 12
	} else if !pm && h == 12 {
		h = 0
	}
	return h, m, sec, j, true
}
