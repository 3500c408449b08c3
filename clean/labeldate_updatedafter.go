package clean

import "strings"

// updateAfterLabelled returns the update's date that a short line
// labelling its publication gives after the publication's date
// ("Published March 5, 2025. Last updated March 7, 2025.", "Posted on 5
// March 2025, updated 7 March 2025"): past the publication's date, the
// first of updateWords, then a full date within maxUpdateWords words.
// Package extract takes it, on text, where it takes labelledUpdate's.
func updateAfterLabelled(line string) (Stamp, bool) {
	if len(line) > maxDateLine || !digitByteIn(line) || !isUpdate(line) || !dateLabel().MatchString(line) {
		return Stamp{}, false
	}
	_, pos, ok := findDateAfter(line, 7)
	if !ok || isUpdate(line[:pos]) {
		return Stamp{}, false
	}
	rest := line[pos:]
	low := strings.ToLower(rest)
	if len(low) != len(rest) {
		return Stamp{}, false // a letter whose lower case is of another length: offsets would not map
	}
	at := -1
	for _, w := range updateWords {
		if i := strings.Index(low, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return Stamp{}, false
	}
	u, _, ok := findDateAfter(rest[at:], maxUpdateWords)
	if !ok || u.Year == 0 || u.Day == 0 {
		return Stamp{}, false
	}
	return u, true
}

// maxUpdateWords is how many words may stand between an update's word and
// its date in updateAfterLabelled ("updated on", "mis à jour le").
const maxUpdateWords = 4
