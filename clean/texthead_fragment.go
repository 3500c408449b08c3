package clean

import "strings"

// notHeadlineLine reports whether a line is, by its form alone, a piece of
// something other than a headline: cut from a sentence or a list's entry
// (it opens with a colon, comma or semicolon: ": Setup the tunnel", as a
// series' table of contents prints its parts after a lost label; see
// [opensCut]), or a category link with its count of posts ("Mindfulness
// and Meditation (268)", "software (266)"), as tag clouds and topic lists
// print them. A year in brackets ("Best Movers in Denver (2025)") is no
// count. A forum post's edit note ("last edited by jdoe42", "Last edited:
// 3 March 2025", see [editNote]) is none either, nor a line that opens with
// a raw HTML tag ([markupLine]).
func notHeadlineLine(t string) bool {
	return opensCut(t) || endsInCount(t) || editNote(t) || markupLine(t)
}

// editNote reports whether a line is the note a forum or wiki prints under
// an edited post: "last edited by NAME", "Last edited: DATE", "Last
// modified by NAME", in any case. Threads print it once per edited post,
// so it stands near every post, the opening one too.
func editNote(s string) bool {
	const edited, modified = "last edited", "last modified by"
	return len(s) >= len(edited) && strings.EqualFold(s[:len(edited)], edited) && (len(s) == len(edited) || s[len(edited)] == ' ' || s[len(edited)] == ':') ||
		len(s) >= len(modified) && strings.EqualFold(s[:len(modified)], modified)
}

// endsInCount reports whether s ends with a count in brackets after a
// space ("software (266)"): one to six digits, not a year from 1500 to
// 2099.
func endsInCount(s string) bool {
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, ")") {
		return false
	}
	k := strings.LastIndexByte(s, '(')
	if k <= 0 || s[k-1] != ' ' {
		return false // no word before the bracket: not a label's count
	}
	digits := s[k+1 : len(s)-1]
	if len(digits) == 0 || len(digits) > 6 {
		return false
	}
	for i := range len(digits) {
		if digits[i] < '0' || digits[i] > '9' {
			return false
		}
	}
	return !(len(digits) == 4 && (digits >= "1500" && digits <= "2099"))
}
