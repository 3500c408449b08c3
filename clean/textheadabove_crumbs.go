package clean

import "strings"

// crumbTrailLine reports whether a line is a trail of the site's sections
// and no headline, however close over the story it stands: a breadcrumb
// ([isBreadcrumb]: "Home > News > World", "Home / Politics", "News ›
// World › Europe") or three parts or more between " > " marks without the
// home page's name ([gtTrail]: "Blog > Health > Sleep Tips"). titleAbove
// passes over such a line ([headlineRead]), as headOver does
// ([overCandidate]).
func crumbTrailLine(t string) bool {
	return isBreadcrumb(t) || gtTrail(t)
}

// gtTrail reports whether s is three parts or more parted by " > ", each
// part 1 to sectionTrailPart bytes and maxCrumbPartWords words, neither
// opening nor ending with the mark's space, and the last no sentence
// ([crumbSentence]): "Blog > Health > Sleep Tips". A headline that ranks
// two things ("Rent > wages") holds the mark once, and one that ranks
// three goes on to say more ("Skills > degrees > connections: what gets
// you hired").
func gtTrail(s string) bool {
	const mark = " > "
	if strings.IndexByte(s, '>') < 0 {
		return false
	}
	parts := 0
	for {
		i := strings.Index(s, mark)
		if i < 0 {
			break
		}
		if !gtTrailPart(s[:i]) {
			return false
		}
		parts++
		s = s[i+len(mark):]
	}
	return parts >= 2 && gtTrailPart(s) && !crumbSentence(s)
}

// maxCrumbPartWords is the most words of a section's name in a trail.
const maxCrumbPartWords = 4

// crumbSentence reports whether the last part of a trail holds a
// sentence's mark, a colon, comma, semicolon, question or exclamation
// mark: a headline's words, not a section's name (a full stop may end a
// name's abbreviation, "St. Ives").
func crumbSentence(part string) bool {
	for i := 0; i < len(part); i++ {
		switch part[i] {
		case ':', ',', ';', '?', '!':
			return true
		}
	}
	return false
}

// gtTrailPart reports whether part is a part gtTrail reads: 1 to
// sectionTrailPart bytes and maxCrumbPartWords words, no space at either
// end.
func gtTrailPart(part string) bool {
	return part != "" && len(part) <= sectionTrailPart && part[0] != ' ' && part[len(part)-1] != ' ' && fieldsAtMost(part, maxCrumbPartWords)
}
