package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// nameLabelSeps are the separators a byline prints between the writer's
// name and a labelled date on one line: "Jane Doe - Published on ...",
// "Jane Doe | Publié le ...", "Jane Doe · Veröffentlicht am ...", "Jane
// Doe, publié le ...".
var nameLabelSeps = [...]string{" - ", " – ", " — ", " | ", " · ", " • ", ", "}

// labelSepLen returns the length of the separator of nameLabelSeps that
// opens s, or 0. nameLabelledDate asks it at each blank of a line's
// head, most of them between two words: the second byte, which a
// separator's mark opens or is, turns those down before the separators'
// comparisons.
func labelSepLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[0] {
	case ',':
		if s[1] == ' ' {
			return 2
		}
		return 0
	case ' ':
		if c := s[1]; c != '-' && c != '|' && c != 0xE2 && c != 0xC2 {
			return 0 // "–", "—" and "•" open with E2, "·" with C2
		}
	default:
		return 0
	}
	for _, sep := range nameLabelSeps {
		if strings.HasPrefix(s, sep) {
			return len(sep)
		}
	}
	return 0
}

// maxLabelledName is how many bytes of a line nameLabelledDate reads for
// the separator after the writer's name (and role).
const maxLabelledName = 80

// nameLabelledDate returns the name of a line that is a writer's name,
// a separator ([nameLabelSeps]) and a date under its label in any of
// the languages [dateLabel] knows, with the preposition that may follow
// it ("Jane Doe - Published March 5, 2025", "Jane Doe | Publié le 5 mars
// 2025", "Ana Souza - Publicado el 5 de marzo de 2025", "Anna Schmidt |
// Veröffentlicht am 5. März 2025 10:20"), and where in s the label
// opens; ok false for a line that is anything else. The name is read by
// [nameWithRole]: "Read more - Published ..." gives none.
func nameLabelledDate(s string) (name string, at int, ok bool) {
	if len(s) > maxDateLine || !digitByteIn(s) {
		return "", 0, false // no date on a line without a digit
	}
	end := min(len(s), maxLabelledName)
	for k := 1; k < end; k++ {
		if s[k] != ' ' && s[k] != ',' {
			continue // every separator opens with one of the two
		}
		n := labelSepLen(s[k:])
		if n == 0 {
			continue
		}
		after := s[k+n:]
		if !dateLabel().MatchString(after) {
			continue
		}
		if _, _, found := findDateAfter(after, 7); !found {
			continue
		}
		if name = nameWithRole(strings.TrimSpace(s[:k])); name != "" {
			return name, k + n, true
		}
	}
	return "", 0, false
}

// labelledDateAfterName reads the date of a line nameLabelledDate takes
// ("Jane Doe | Publié le 5 mars 2025") and where it starts in s: a full
// date (year, month and day), as headDateLine reads one.
func labelledDateAfterName(s string) (dateparse.Stamp, int, bool) {
	_, at, ok := nameLabelledDate(s)
	if !ok {
		return dateparse.Stamp{}, 0, false
	}
	st, pos, ok := findDateAfter(s[at:], 7)
	if !ok || st.Year == 0 || st.Day == 0 {
		return dateparse.Stamp{}, 0, false
	}
	return st, at + pos, true
}

// labelledLineAuthor returns the writer's name a date or update line
// gives before its label ([nameLabelledDate]: "Jane Doe - Updated March
// 5, 2025", "Marco Rossi - Pubblicato il 5 marzo 2025"), none of whose
// words the page writes in lower case; or "".
func (p *Page) labelledLineAuthor(s string, lw *lowerWords) string {
	n, _, ok := nameLabelledDate(s)
	if !ok || p.writesLower(n, lw) || bylineLabel.MatchString(n) {
		return ""
	}
	return n
}
