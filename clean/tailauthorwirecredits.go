package clean

import "strings"

// wireCreditPart matches one of a wire's credits under its story, as
// the semicolons part them ("Writing by Jane Doe", "Additional reporting
// by John Roe in Tokyo", "Editing by Ann Poe and Max Orr"): group 1 is
// the role, group 2 the names; a place the reporters filed from may
// follow them.
var wireCreditPart = lazyCompile(`^(?i:(reporting\s+and\s+writing|additional\s+reporting|reporting|writing|written|editing|edited|compiled|graphics|photos?|video))\s+(?i:by)\s+` +
	bylineNamesRE + `(?:\s+in\s+\p{Lu}[\p{L}.'’ ,-]{0,60}?)?$`)

// wireWriterOpenings are the openings, in lower case and after a
// bracket, of the wire credits [wireWriterNames] reads; "reporting by"
// is [wireSignoff]'s.
var wireWriterOpenings = []string{"writing by ", "written by ", "additional reporting by ", "reporting and writing by "}

// wireWriterNames returns the writers a wire's credits under its story
// name when they open with a writer or an additional reporter rather
// than with "Reporting by" ("Writing by Jane Doe; Editing by John Roe",
// "(Additional reporting by Ann Poe in Tokyo; Writing by Jane Doe)",
// "Reporting and writing by Jane Doe"): the writers where a credit names
// them, else the reporters; the editors, compilers and the pictures'
// credits never. Every part the semicolons divide must be such a credit
// of capitalised names, so that a story's sentence ("Writing by hand is
// a lost art.") gives none; "" when the line is no such credit.
func wireWriterNames(s string) string {
	t := strings.TrimPrefix(s, "(")
	opens := false
	for _, o := range wireWriterOpenings {
		if hasFoldPrefix(t, o) {
			opens = true
			break
		}
	}
	if !opens || len(s) > signoffMaxLen {
		return ""
	}
	t = strings.TrimSuffix(t, ".")
	if strings.HasPrefix(s, "(") {
		var closed bool
		if t, closed = strings.CutSuffix(t, ")"); !closed {
			return ""
		}
	}
	var writers, reporters string
	for part := range strings.SplitSeq(t, ";") {
		m := wireCreditPart.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			return ""
		}
		switch role := strings.ToLower(strings.Join(strings.Fields(m[1]), " ")); role {
		case "writing", "written", "reporting and writing":
			if writers == "" {
				writers = m[2]
			}
		case "additional reporting", "reporting":
			if reporters == "" {
				reporters = m[2]
			}
		}
	}
	if writers != "" {
		return writers
	}
	return reporters
}

// tailCredit reports whether block i is the credit line the story
// detector took off the story's foot ([Page.trimStoryTail]), which
// [Page.labelSignoff] may read as the byline all the same.
func (p *Page) tailCredit(i int) bool {
	return p.blocks[i].Kind == Signoff && p.blocks[i].Rule == "model/html-tail"
}
