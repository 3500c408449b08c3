package clean

import "strings"

// staffCredits are, in lower case, the credits a newspaper prints as the
// byline of a story its own staff wrote without naming anyone: "Staff",
// "Staff Reporter", "Our Correspondent" (Dawn, The Express Tribune, The
// Hindu's "Special Correspondent"). Such a credit is the story's author as
// printed, kept whole: the benchmark's gold keeps every desk's credit a
// page prints as its byline ("Staff", "News Desk", "Resy Staff", "TOI
// Lifestyle Desk", "The Investopedia Team"), where a role printed beside
// a person's name ("Jane Doe, Staff Writer") is hers, no author, and a
// news agency ("Reuters", "PTI") is the story's source, never its author.
// "Staff Writer" is not one: a writer's role, printed apart from her name
// as often as for a desk.
var staffCredits = map[string]bool{
	"staff": true, "staff report": true, "staff reports": true, "staff reporter": true, "staff reporters": true,
	"staff correspondent": true, "our correspondent": true, "our correspondents": true, "our staff reporter": true,
	"our staff correspondent": true, "our reporter": true, "our bureau": true, "special correspondent": true,
	"by staff": true,
}

// staffCredit reports whether s is a staff credit ([staffCredits]), a
// byline's "By" before it or not.
func staffCredit(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 5 || len(s) > 30 || !strings.ContainsRune("SsOoBb", rune(s[0])) {
		return false // each credit opens with "Staff", "Special", "Our" or "By"
	}
	if staffCredits[s] {
		return true // as the map has it, without the copies below
	}
	return staffCredits[strings.ToLower(strings.Join(strings.Fields(s), " "))]
}

// staffCreditLead returns the staff credit that opens a byline before a
// comma, the place it files from after it ("Our Correspondent, Lagos"),
// or "".
func staffCreditLead(s string) string {
	head, _, _ := strings.Cut(s, ",")
	if head = strings.TrimSpace(head); staffCredit(head) {
		return head
	}
	return ""
}
