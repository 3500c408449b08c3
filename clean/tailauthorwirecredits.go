package clean

import (
	"slices"
	"strings"
)

// wireCreditPart matches one of a wire's credits under its story, as
// the semicolons part them ("Writing by Jane Doe", "Additional reporting
// by John Roe in Tokyo", "Editing by Ann Poe and Max Orr"): group 1 is
// the role, group 2 the names; a place the reporters filed from may
// follow them.
var wireCreditPart = lazyCompile(`^(?i:(reporting\s+and\s+writing|additional\s+reporting|reporting|writing|written|editing|edited|compiled|graphics|photos?|video))\s+(?i:by)\s+` +
	bylineNamesRE + `(?:\s+in\s+\p{Lu}[\p{L}.'’ ,-]{0,60}?)?$`)

// wireAuthorRoles are the roles, in lower case with single blanks, of a
// wire's credits under its story whose names are the story's authors:
// the reporters and the writers ("Reporting by Jane Doe; Writing by John
// Roe"). An additional reporter ([wireHelperRole]) is an author only
// where no credit names one of these; an editor, a compiler or the
// pictures' credit never. Both paths, HTML and flattened text, read a
// wire's credits by this one list ([wireCreditNames]).
var wireAuthorRoles = []string{"reporting", "reporting and writing", "writing", "written"}

// wireHelperRole is the role of a wire's credit whose names helped the
// story's authors; see [wireAuthorRoles].
const wireHelperRole = "additional reporting"

// wireCreditOpenings are the openings, in lower case and after a
// bracket, of the wire credits [wireCreditNames] reads: the cheap test
// before its pattern.
var wireCreditOpenings = [...]string{"reporting ", "writing ", "written ", "additional "}

// wireCreditNames returns the authors a wire's credits under its story
// name ([wireAuthorRoles]), in their order and each once ("Reporting by
// Jane Doe in Oslo; Writing by John Roe; Editing by Ann Poe" gives Jane
// Doe and John Roe; "(Additional reporting by Ann Poe in Tokyo; Writing
// by Jane Doe)" gives Jane Doe; "Additional reporting by Ann Poe" alone
// gives Ann Poe). Every part the semicolons divide must be such a credit
// of capitalised names, so that a story's sentence ("Writing by hand is
// a lost art.") gives none; nil when the line is no such credit or no
// part names an author or a helper.
func wireCreditNames(s string) []string {
	t := strings.TrimSuffix(strings.TrimSpace(s), ".")
	if len(t) > signoffMaxLen {
		return nil
	}
	if strings.HasPrefix(t, "(") {
		var closed bool
		if t, closed = strings.CutSuffix(t[1:], ")"); !closed {
			return nil
		}
	}
	opens := false
	for _, o := range wireCreditOpenings {
		opens = opens || hasFoldPrefix(t, o)
	}
	if !opens {
		return nil
	}
	var authors, helpers []string
	for part := range strings.SplitSeq(t, ";") {
		m := wireCreditPart.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			return nil
		}
		switch role := strings.ToLower(strings.Join(strings.Fields(m[1]), " ")); {
		case slices.Contains(wireAuthorRoles, role):
			authors = appendNewNames(authors, m[2])
		case role == wireHelperRole:
			helpers = appendNewNames(helpers, m[2])
		}
	}
	if len(authors) > 0 {
		return authors
	}
	return helpers
}

// appendNewNames appends to names each name of a credit's names (split
// as a byline's, [splitNames]) that names does not hold yet.
func appendNewNames(names []string, credit string) []string {
	for _, n := range splitNames(credit) {
		if n = trimName(n); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// tailCredit reports whether block i is the credit line the story
// detector took off the story's foot ([Page.trimStoryTail]), which
// [Page.labelSignoff] may read as the byline all the same.
func (p *Page) tailCredit(i int) bool {
	return p.blocks[i].Kind == Signoff && p.blocks[i].Rule == "model/html-tail"
}
