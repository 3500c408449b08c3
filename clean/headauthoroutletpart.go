package clean

import "strings"

// outletPart reports whether part, a part of a byline after a comma that
// follows a writer's name, is where she works rather than a second
// writer: a newsroom's desk ([deskCredit]: "Jane Doe, Redaktion
// Wirtschaft"), a paper's name ending in a nameplate word
// ([nameplateWords]: "Jane Doe, Bay Ledger", a partner's story a
// nonprofit newsroom republishes), or an institution's unit opening with
// an institution's word ([institutionWords]: "Jane Doe, College of
// Engineering", a university's news office). Such a word is no surname a
// byline's second writer opens with, and a nameplate word ends none.
func outletPart(part string) bool {
	part = strings.TrimSpace(part)
	if part == "" || len(part) > 80 {
		return false
	}
	if deskCredit(part) {
		return true
	}
	var buf [16]byte
	first, _, _ := strings.Cut(part, " ")
	if len(first) <= len(buf) && institutionWords[string(appendLower(buf[:0], first))] {
		return true
	}
	last := part[strings.LastIndexByte(part, ' ')+1:]
	return len(last) <= len(buf) && nameplateWords[string(appendLower(buf[:0], last))]
}

// institutionWords are, in lower case, the words that open the name of an
// institution's unit printed after a writer's name in a byline ("College
// of Engineering", "Department of Physics", "Office of Communications").
var institutionWords = map[string]bool{
	"college": true, "department": true, "dept.": true, "faculty": true, "institute": true,
	"ministry": true, "office": true, "school": true, "university": true,
}
