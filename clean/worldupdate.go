package clean

import (
	"bytes"
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// A date line may give the publication's date and then, on the same line,
// its update's: "Publié le 04 mars 2025 à 14h05, modifié le 05 mars 2025
// à 08h30", "Data publikacji: 04.03.2025 Aktualizacja: 05.03.2025",
// "입력 2025.03.04. 오후 2:05 수정 2025.03.05. 오전 8:30", "04.03.2025 -
// Güncelleme : 05.03.2025". The update is the article's modified date;
// the publication's stays its published date.

// maxUpdateLabelWords is how many words may stand between an update's
// label and its date ("modifié le", "Aktualisiert am").
const maxUpdateLabelWords = 3

// updatedAfter reads, in line, whose publication's date starts at pos, a
// later part that an update's word labels ([isUpdate]) and that gives a
// full date. It returns that date.
func updatedAfter(line string, pos int) (dateparse.Stamp, bool) {
	return updatedAfterIn(line, pos, dateparse.NoLang)
}

// updatedAfterIn is updatedAfter on a page in language lang: a month's
// name that clashes ("listopada") is read as lang reads it.
func updatedAfterIn(line string, pos int, lang dateparse.Lang) (dateparse.Stamp, bool) {
	if pos < 0 || pos >= len(line) {
		return dateparse.Stamp{}, false
	}
	rest := line[pos:]
	at := updateWordAt(rest)
	if at <= 0 {
		return dateparse.Stamp{}, false
	}
	part := rest[at:]
	st, _, ok := findDateAfterIn(part, maxUpdateLabelWords+labelSpaces(part), lang)
	if !ok || st.Year == 0 || st.Day == 0 {
		return dateparse.Stamp{}, false
	}
	return st, true
}

// labelSpaces is how many spaces the update's word that opens part holds
// ("mis à jour le 06/12/2025": two): its words beyond the first do not
// count against maxUpdateLabelWords.
func labelSpaces(part string) int {
	for _, w := range updateWords {
		if n := strings.Count(w, " "); n > 0 && len(part) >= len(w) && strings.EqualFold(part[:len(w)], w) {
			return n
		}
	}
	return 0
}

// updateWordAt returns where the first of updateWords starts in s, or -1.
// s is searched in lower case where lower-casing keeps its length (it
// does for the scripts news pages print dates in), lowered into a buffer
// on the stack when it is short (strings.ToLower allocated a copy).
func updateWordAt(s string) int {
	var buf [256]byte
	low := appendLower(buf[:0], s)
	if len(low) != len(s) {
		return -1
	}
	first := -1
	for _, w := range updateWords {
		if i := bytes.Index(low, []byte(w)); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// updatedInLine reads a date line that gives the publication's date and
// its update's, and returns the update's time: the publication's first
// and the update after it, or the update first and a labelled
// publication after it ("Updated 5 March 2025 / Published 4 March 2025",
// "Updated Dec 20, 2025 Published Dec 19, 2025"; [publishedAfter]), the
// line the date line's publication was read from. A line that labels
// only an update gives none here: its date is the update line's.
func updatedInLine(line string) (Stamp, bool) { return updatedInLineIn(line, "") }

// updatedInLineIn is updatedInLine on a page whose language tag is tag
// ("hr-HR"): a month's name that clashes ("listopada") is read in that
// language ([dateparse.LangOf]).
func updatedInLineIn(line, tag string) (Stamp, bool) {
	lang := dateparse.LangOf(tag)
	first, pos, ok := headDateLineIn(line, lang)
	if !ok {
		return Stamp{}, false
	}
	if updateLabelled(line, pos) {
		if _, ok := publishedBeside(line, pos, first); !ok {
			return Stamp{}, false
		}
		return first, true
	}
	u, ok := updatedAfterIn(line, pos, lang)
	if !ok {
		return Stamp{}, false
	}
	return u, true
}
