package clean

import "unicode/utf8"

// holdsBreadcrumbMark reports whether s holds one of the marks that part a
// breadcrumb's steps, ">", "/", "|", "»", "›", "→" or the full-width "＞",
// as strings.ContainsAny(s, "»›>/|→＞") does. ContainsAny, given marks outside
// ASCII, decodes every rune of the line and looks it up in the marks; this
// reads the bytes once, and an encoded mark is found wherever its bytes are
// (a valid UTF-8 sequence is decoded as itself whatever comes before it).
func holdsBreadcrumbMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '>', '/', '|':
			return true
		case 0xc2: // » is C2 BB
			if i+1 < len(s) && s[i+1] == 0xbb {
				return true
			}
		case 0xe2: // › is E2 80 BA, → is E2 86 92
			if i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] == 0xba || s[i+1] == 0x86 && s[i+2] == 0x92) {
				return true
			}
		case 0xef: // the full-width ＞ is EF BC 9E
			if i+2 < len(s) && s[i+1] == 0xbc && s[i+2] == 0x9e {
				return true
			}
		}
	}
	return false
}

// sectionTrailPart is the most runes a part of a section trail holds.
const sectionTrailPart = 80

// isSectionTrail reports whether s is three or more parts between "»" or
// "›" marks, each mark with a space on either side and each part 1 to
// sectionTrailPart runes (an invalid byte is a rune): "News › World ›
// Europe". It reads what ^[^»›]{1,80}(?:\s[»›]\s[^»›]{1,80}){2,}$ reads,
// in one pass: that expression's counted repeats were most of the
// breadcrumb pattern's compile (TestSectionTrailAsPattern).
func isSectionTrail(s string) bool {
	marks, start := 0, 0 // start: where the part now read begins
	for i, r := range s {
		if r != '»' && r != '›' {
			continue
		}
		end, next := i-1, i+utf8.RuneLen(r)
		if end < start || !isRegexpSpace(s[end]) || !sectionTrailPartOK(s[start:end]) ||
			next >= len(s) || !isRegexpSpace(s[next]) {
			return false
		}
		marks++
		start = next + 1
	}
	return marks >= 2 && sectionTrailPartOK(s[start:])
}

// sectionTrailPartOK reports whether a part of a section trail has 1 to
// sectionTrailPart runes.
func sectionTrailPartOK(part string) bool {
	return part != "" && (len(part) <= sectionTrailPart || utf8.RuneCountInString(part) <= sectionTrailPart)
}
