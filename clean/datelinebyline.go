package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A wire's byline and its dateline printed in one paragraph, the byline
// first: "By Jane Doe BAKU, Dec 5 (Reuters) - ...", "By Jane Doe and John
// Roe ASTANA, Dec 5 (Reuters) - ...", "By Jane Doe, TBILISI, Dec 5
// (Reuters) - ...". The names are words in title case (and "and"), the
// place opens with a word in capitals: the first such word ends the
// byline, and the dateline from there must credit a wire.

// maxBylineBeforeDateline is the longest byline read before a dateline:
// "By " and a few names.
const maxBylineBeforeDateline = 80

// bylineBeforeDateline returns where the dateline starts in block i's
// text when the block opens with a byline and a wire's dateline follows
// it in the same paragraph, or 0.
func (p *Page) bylineBeforeDateline(i int) int {
	t := p.blocks[i].Text
	if !strings.HasPrefix(t, "By ") {
		return 0
	}
	k := capsAfterNames(t[len("By "):min(len(t), maxBylineBeforeDateline)])
	if k <= 0 {
		return 0
	}
	k += len("By ")
	d, _, ok := p.parseDatelineOnce(t[k:])
	if !ok || d.Agency == "" {
		return 0
	}
	return k
}

// capsAfterNames returns where the first word in capitals starts in s,
// after at least two words of names (in title case, or "and"), or -1.
func capsAfterNames(s string) int {
	names := 0
	for at := 0; at < len(s); {
		end := strings.IndexByte(s[at:], ' ')
		if end < 0 {
			return -1
		}
		w := strings.TrimRight(s[at:at+end], ",")
		switch {
		case w == "and":
		case bylineNameWord(w):
			names++
		case names >= 2 && placeCapsWord(w):
			return at
		default:
			return -1
		}
		at += end + 1
	}
	return -1
}

// bylineNameWord reports whether w is a word of a name: a capital, then
// letters, hyphens or apostrophes, one of them a lower-case letter
// ("Jean-Luc", "O'Neil").
func bylineNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	lower := false
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’':
			return false
		}
	}
	return lower
}

// placeCapsWord reports whether w is a word of two letters or more in
// capitals (a hyphen or a full stop may join them: "WINSTON-SALEM",
// "ST.").
func placeCapsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '-' || r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}
