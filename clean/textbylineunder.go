package clean

import "strings"

// creditUnder returns the credit that the line right under the headline,
// line t+1, gives alone with no date line beside it: a person's name with
// a job's title after a comma or a bar ([nameWithRole]'s reading, the part
// after the last comma or bar a [jobTitle]: "Jane Doe, Senior Reporter",
// "Jane Doe | Staff Writer"), unless the page writes a word of the name in
// lower case; or a paper's desk or staff credit alone ([deskCredit]:
// "Redacción", "Redazione ANSA"; a [staffCredit] of two words or more:
// "Staff Reporter") when no line down to the story, line storyAt, prints
// a byline's names (a desk gives way to a writer the page names). "" for
// any other line: a bare name under a headline is read only by a date
// line or by the story model, as a kicker's or a caption's line prints the
// same.
func (p *Page) creditUnder(t, storyAt int, lw *lowerWords) string {
	i := t + 1
	if i >= len(p.blocks) || i >= storyAt {
		return ""
	}
	s := strings.TrimSpace(p.blocks[i].Text)
	if c := max(strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '|')); c > 0 && jobTitle(strings.TrimSpace(s[c+1:])) {
		n := nameWithRole(s) // "Jane Doe, Senior Reporter", "Jane Doe | Staff Writer"
		if n == "" || p.writesLower(n, lw) || notAuthorName(n) {
			return ""
		}
		return n
	}
	if !deskCredit(s) && !(staffCredit(s) && strings.IndexByte(s, ' ') > 0) {
		return "" // "Staff" alone is read only right over the date line (slotAuthor)
	}
	for j := i + 1; j < storyAt; j++ {
		if len(p.blocks[j].Text) <= maxDateLine && len(bylineNames(p.blocks[j].Text)) > 0 {
			return "" // "Redacción" over "Por Inés Calvo": the writer's byline
		}
	}
	return s
}

// kept stores s in *dst and reports whether it is not empty, so that a
// switch's case may test a reader's answer and its body use it without
// reading the line again.
func kept(dst *string, s string) bool {
	*dst = s
	return s != ""
}

// keptNames is kept for a reader of names: it stores ns in *dst and
// reports whether ns is not nil.
func keptNames(dst *[]string, ns []string) bool {
	*dst = ns
	return ns != nil
}
