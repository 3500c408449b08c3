package clean

import "strings"

// reportLabels are, in lower case, the English labels of a reporter's
// credit that a headline opens with too ("Report: Apple Delays Launch"):
// they are read as a byline's only with another credit after the names.
var reportLabels = [...]string{"report:", "reporting:"}

// pairedReport returns s with a reporter's label of [reportLabels] turned
// into "By " and the names cut before the credit that follows them, and
// true, when an editor's or a photographer's credit ([photoCredits]) does
// follow them after a separator ("Report: Jane Doe; Edit: John Roe",
// "Reporting: Jane Doe | Editing: John Roe"); s and false otherwise. A
// headline in title case after the label is no name however it is shaped
// ([headlineVerbInside]: "Report: Harbour Delays Launch; Edit: Jane Roe").
func pairedReport(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[0]|0x20 != 'r' {
		return s, false
	}
	for _, l := range reportLabels {
		if len(s) <= len(l) || !strings.EqualFold(s[:len(l)], l) {
			continue
		}
		rest := strings.TrimSpace(s[len(l):])
		if cut := photoCreditCut(rest); len(cut) < len(rest) && cut != "" && !strings.ContainsAny(cut, ",|/;") && isPersonName(cut) && !headlineVerbInside(cut) {
			return "By " + cut, true
		}
	}
	return s, false
}

// headlineVerbInside reports whether s holds a headline's word, where a
// name has none: a possessive "'s" in any word ("Harbour's"), or between
// its first word and its last one shaped as an English verb in the present
// tense, four letters or more ending in "s" after a small letter other
// than "a", "i", "o", "u" or "s" ("Delays", "Wins", "Approves", where
// "Marcus", "Santos", "Ross" and "Haas" end names; an "e" is a verb's:
// "Closes"). A person's name seldom has such a word in its middle; a
// headline of three or four words has its verb there ("Harbour Delays
// Launch", "City Council Approves Budget").
func headlineVerbInside(s string) bool {
	words := strings.Fields(s)
	for k, w := range words {
		n := len(w)
		if n < 3 || w[n-1] != 's' {
			continue
		}
		if c := w[n-2]; c == '\'' || strings.HasSuffix(w, "’s") {
			return true // "Harbour's"
		} else if k > 0 && k < len(words)-1 && n >= 4 && 'a' <= c && c <= 'z' && strings.IndexByte("saiou", c) < 0 {
			return true // "Delays", not "Santos"
		}
	}
	return false
}

// writerBeforeCredit reports whether head, the part of a line before a
// photographer's credit glued to its end, is a writer's credit in a
// byline's form ("Text: Jane Doe /" before "Photo: John Roe"): the line is
// a byline strip, no caption. The head holds the label and the names
// alone, maxCreditHeadWords words at most: a caption that names its
// subject's maker ("The Grind by Chic Chef is a hub for coffee") is longer.
func writerBeforeCredit(head string) bool {
	head = strings.TrimRight(head, " /|;,")
	return fieldsAtMost(head, maxCreditHeadWords) && len(bylineNames(head)) > 0
}

// maxCreditHeadWords bounds the words of a writer's credit before a
// photographer's on one line ("Words and pictures by Jane Doe and John
// Roe").
const maxCreditHeadWords = 8

// reportsFromWords are the words between a reporter's name and the place
// she files from on a line of its own under a headline: "Jane Doe
// reports from Kyiv", "Jane Doe reporting from Kyiv".
var reportsFromWords = [...]string{" reports from ", " reporting from "}

// reportsFrom returns the name of a line that is a reporter's name, the
// words of [reportsFromWords] and a place of one to three capitalised
// words, and nothing else ("Oksana Hrytsiv reports from Kyiv"); "" for any
// other line ("The BBC's Jane Doe reports from Kyiv on the talks").
func reportsFrom(s string) string {
	if len(s) > 80 || strings.IndexByte(s, 'r') < 0 {
		return ""
	}
	for _, w := range reportsFromWords {
		name, place, ok := strings.Cut(strings.TrimSpace(s), w)
		if !ok || !isPersonName(name) {
			continue
		}
		words := strings.Fields(place)
		if len(words) < 1 || len(words) > 3 || !capitalised(place) || strings.ContainsAny(place, ".,;:!?") {
			return ""
		}
		return name
	}
	return ""
}
