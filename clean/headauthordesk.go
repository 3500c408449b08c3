package clean

import (
	"slices"
	"strings"
)

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
// as often as for a desk. "Newsroom" and "Newsdesk" are English's words for
// the desk, printed alone after "By" ("By Newsroom"); a desk of more words
// is a team's name ([teamByline]: "Metro News Desk"). As a desk, either
// gives way to a person's name ([newsroomCredit]).
var staffCredits = map[string]bool{
	"staff": true, "staff report": true, "staff reports": true, "staff reporter": true, "staff reporters": true,
	"staff correspondent": true, "our correspondent": true, "our correspondents": true, "our staff reporter": true,
	"our staff correspondent": true, "our reporter": true, "our bureau": true, "special correspondent": true,
	"by staff": true, "newsroom": true, "newsdesk": true,
}

// staffCredit reports whether s is a staff credit ([staffCredits]), a
// byline's "By" before it or not.
func staffCredit(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 5 || len(s) > 30 || !strings.ContainsRune("SsOoBbNn", rune(s[0])) {
		return false // each credit opens with "Staff", "Special", "Our", "By" or "News"
	}
	if staffCredits[s] {
		return true // as the map has it, without the copies below
	}
	return staffCredits[strings.ToLower(strings.Join(strings.Fields(s), " "))]
}

// newsroomCredit reports whether s is English's word for the newsroom
// alone ("Newsroom", "Newsdesk"), a staff credit that is a desk's: as
// metadata's author beside a printed byline (a JSON-LD Person "Newsroom")
// it gives way to the person ([isTeamByline]).
func newsroomCredit(s string) bool {
	s = strings.TrimSpace(s)
	return strings.EqualFold(s, "newsroom") || strings.EqualFold(s, "newsdesk")
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

// newsroomWords are, in lower case, the words for a paper's newsroom in
// the languages that print it as the byline, alone or before the desk's,
// the section's or the outlet's name ("Redacción", "Redazione ANSA",
// "Redacción Internacional", "Redaktion Politik", "Редакция").
var newsroomWords = map[string]bool{
	"redazione": true, "redacción": true, "redaccion": true, "rédaction": true, "redação": true, "redacao": true,
	"redaktion": true, "redakcja": true, "redacția": true, "redactia": true, "redactie": true, "redakce": true,
	"redakcia": true, "redakcija": true, "redaksiya": true, "redaksi": true, "редакция": true, "редакція": true,
	"редакцыя": true, "редакција": true, "խմբագրություն": true, "რედაქცია": true,
}

// deskSuffixes are the words for an editorial desk that Chinese, Japanese
// and Korean print after the outlet's or the section's name, or alone
// ("编辑部", "くらし編集部", "편집국"), and the Turkish news desk ("Haber
// Merkezi", "Ekonomi Haber Merkezi"): one word at most before it.
var deskSuffixes = []string{"编辑部", "編集部", "編輯部", "편집국", "편집부", "Haber Merkezi", "HABER MERKEZİ"}

// maxDeskWords bounds a desk credit's words: the newsroom's word and up to
// three of the desk's, the section's or the outlet's name after it.
const maxDeskWords = 4

// newsroomFirsts are the letters outside ASCII that [newsroomWords] open
// with: the Cyrillic Р, the Armenian Խ, the Georgian რ.
var newsroomFirsts = [...]string{"Р", "р", "Խ", "խ", "რ"}

// newsroomName reports whether s opens with a newsroom's word
// ([newsroomWords]). Each of them opens with an R or with a letter of
// [newsroomFirsts]: a name that does not is let through before the word
// is lower-cased (notAuthorName runs on every candidate name).
func newsroomName(s string) bool {
	if s == "" || s[0] < 0x80 && s[0] != 'R' && s[0] != 'r' {
		return false
	}
	if s[0] >= 0x80 && !slices.ContainsFunc(newsroomFirsts[:], func(f string) bool { return strings.HasPrefix(s, f) }) {
		return false
	}
	first, _, _ := strings.Cut(s, " ")
	return newsroomWords[strings.ToLower(first)]
}

// deskCredit reports whether s is a newsroom's desk printed as the byline,
// the paper's credit for a story its desk wrote without naming anyone: a
// newsroom's word alone or before at most three words of the desk's or
// the outlet's name ([newsroomWords]: "Redacción", "Redazione ANSA"), or
// a desk's word after one at most ([deskSuffixes]: "编辑部", "Haber Merkezi"),
// or a paper's nameplate word before its section's ([nameplateDesk]:
// "Telegraph Sport").
// Such a credit is the author as printed, as [staffCredits] are; an agency
// alone never is (notAuthorName).
func deskCredit(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return false
	}
	if newsroomName(s) {
		return fieldsAtMost(s, maxDeskWords)
	}
	if nameplateDesk(s) {
		return true // "Telegraph Sport"
	}
	if last := s[len(s)-1]; last < 0x80 && last != 'i' {
		return false // each desk word after a name ends in "i" ("Merkezi") or in a letter outside ASCII
	}
	for _, d := range deskSuffixes {
		if strings.HasSuffix(s, d) {
			return fieldsAtMost(s[:len(s)-len(d)], 1) // "Ekonomi Haber Merkezi"; "Ayşe Demir Haber Merkezi" is her name and the desk
		}
	}
	return false
}

// deskTail returns where a desk credit that follows a writer's name of at
// least two words starts in words ("Ayşe Demir Haber Merkezi": the desk
// printed beside her name, which is hers alone), or -1.
func deskTail(words []string) int {
	for i := 2; i < len(words); i++ {
		if deskCredit(strings.Join(words[i:], " ")) {
			return i
		}
	}
	return -1
}

// nameplateWords are, in lower case, newspapers' nameplate words that no
// surname is ("Gazette", "Ledger"): words/names/notname.txt lists them
// among the words no name has, so a desk named by one is no person's name
// and is read as a desk by [nameplateDesk].
var nameplateWords = map[string]bool{
	"advertiser": true, "bulletin": true, "chronicle": true, "courier": true, "dispatch": true, "enquirer": true,
	"examiner": true, "gazette": true, "herald": true, "inquirer": true, "intelligencer": true, "ledger": true,
	"observer": true, "sentinel": true, "telegraph": true, "tribune": true,
}

// nameplateDesk reports whether s is a paper's desk credit of two words, a
// nameplate word of [nameplateWords] and the section's capitalised word
// after it ("Telegraph Sport", "Herald Business"), as the papers print a
// desk's byline.
func nameplateDesk(s string) bool {
	first, section, ok := strings.Cut(s, " ")
	if !ok || len(first) > 16 || len(section) < 3 || section[0] < 'A' || section[0] > 'Z' || strings.IndexByte(section, ' ') >= 0 {
		return false
	}
	var buf [16]byte
	return nameplateWords[string(appendLower(buf[:0], first))]
}

// nameArticles are, in lower case, the articles that open a paper's name
// in the languages whose bylines [nameplateOutlet] reads ("The Harbor
// Herald", "La Gazette", "Il Corriere", "Die Tribune").
var nameArticles = map[string]bool{"the": true, "la": true, "le": true, "il": true, "el": true, "die": true, "der": true, "das": true, "het": true, "de": true, "o": true, "a": true}

// nameplateOutlet reports whether a byline's name n, rest the line after
// the names' match, is a paper's own bare name: an article first and a
// nameplate word last ([nameplateWords]: "La Gazette", "The Harbor
// Herald"), with nothing after it but another credit joined by "with"
// ([outletJoins]). The outlet's bare name is never the author
// (CONTRIBUTING.md, "Authors"): "Par La Gazette avec AFP" credits the
// paper and the agency; "By The Harbor Herald reporters" credits its
// staff, read as before.
func nameplateOutlet(n, rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if w, _, _ := strings.Cut(rest, " "); rest != "" && !outletJoins[w] {
		return false
	}
	return nameplateName(n)
}

// outletJoins are the words that join another credit, an agency's, to a
// paper's name in a byline ("avec AFP", "with Reuters", "mit dpa").
var outletJoins = map[string]bool{"with": true, "avec": true, "mit": true, "con": true, "com": true}

// nameplateName reports whether n is an article and words that end with
// a nameplate word ([nameplateOutlet]).
func nameplateName(n string) bool {
	first, _, ok := strings.Cut(strings.TrimSpace(n), " ")
	k := strings.LastIndexByte(n, ' ')
	if !ok || k < 0 || len(first) > 3 || len(n)-k > 17 {
		return false
	}
	var buf [16]byte
	return nameArticles[string(appendLower(buf[:0], first))] && nameplateWords[string(appendLower(buf[:0], strings.TrimRight(n[k+1:], ".,")))]
}
