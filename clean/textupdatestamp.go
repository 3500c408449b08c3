package clean

import "strings"

// A live or revised story prints the time of its last change between its
// paragraphs ("Updated at 14:32", "Aktualisiert um 14:32 Uhr",
// "Обновлено в 14:32"): a stamp of the page, not a line of the story. The
// date stages read such a line in the head only; dropTextMarkedLines takes
// it between two of the story's paragraphs (updateStampBetweenProse).

// maxUpdateStampWords is the most words an update stamp holds: "Last
// updated: 5 March 2026 at 14:32 GMT".
const maxUpdateStampWords = 10

// maxUpdateStampBytes bounds an update stamp's length in bytes, so that a
// long line is turned down before its words are compared.
const maxUpdateStampBytes = 96

// updateStampOpeners are the words an update stamp opens with, compared
// without case, in the languages the censuses hold.
var updateStampOpeners = []string{
	"updated", "last updated", "aktualisiert", "zuletzt aktualisiert", "actualizado", "actualizada", "mis à jour", "mise à jour",
	"aggiornato", "atualizado", "atualizada", "обновлено", "оновлено", "zaktualizowano", "aktualizováno", "güncellendi",
	"bijgewerkt", "uppdaterad", "ενημερώθηκε", "frissítve", "ažurirano", "diperbarui", "cập nhật",
}

// updateStampFirsts are the first bytes of updateStampOpeners: a line
// opening with another is turned down by one look-up.
var updateStampFirsts = func() (t [256]bool) {
	for _, o := range updateStampOpeners {
		t[o[0]] = true
	}
	return t
}()

// isUpdateStamp reports whether s, of w words, is an update stamp: one of
// updateStampOpeners, then its date or time (opensStampTime), in
// maxUpdateStampWords words at most that hold a clock time (digits, a
// colon, digits) and no sentence's end.
func isUpdateStamp(s string, w int) bool {
	if w < 3 || w > maxUpdateStampWords || len(s) > maxUpdateStampBytes {
		return false
	}
	first := lowerASCII(s[0])
	if !updateStampFirsts[first] {
		return false
	}
	for _, o := range updateStampOpeners {
		// The first bytes compared first: the openers past ASCII open
		// with the same byte in either case (Cyrillic, Greek).
		if o[0] == first && len(s) > len(o) && strings.EqualFold(s[:len(o)], o) {
			return opensStampTime(s[len(o):]) && hasClockTime(s) && !endsSentence(s)
		}
	}
	return false
}

// stampConnectors are the words between an update stamp's label and its
// date or time: "at", "um", "a las", "à", "в" ...
var stampConnectors = []string{"at", "on", "um", "am", "a", "à", "le", "el", "a las", "alle", "il", "às", "em", "om", "в", "о", "klo", "kl."}

// opensStampTime reports whether rest, what follows an update stamp's
// label, opens with its date or time: after a colon or a comma, if any,
// a digit, or one of stampConnectors, in any case, and a digit ("Updated
// At 14:32"; "Updated figures at ..." opens with a word of its own).
func opensStampTime(rest string) bool {
	rest = strings.TrimLeft(rest, ":,")
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	rest = rest[1:]
	if isDigitByte(rest[0]) {
		return true
	}
	for _, c := range stampConnectors {
		if len(rest) > len(c)+1 && strings.EqualFold(rest[:len(c)], c) && rest[len(c)] == ' ' && isDigitByte(rest[len(c)+1]) {
			return true
		}
	}
	return false
}

// hasClockTime reports whether s holds a clock time: a digit, a colon and
// two digits ("14:32", "9:05").
func hasClockTime(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == ':' && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) {
			return true
		}
	}
	return false
}

// updateStampBetweenProse reports whether kept line i of w words is an
// update stamp (isUpdateStamp) with a kept paragraph of the story on
// either side (keptProseNear): in the head it is the page's date of
// change, which the date stages read.
func (p *Page) updateStampBetweenProse(i, w int, drop []bool) bool {
	return isUpdateStamp(p.blocks[i].Text, w) && p.keptProseNear(i, drop, -1) && p.keptProseNear(i, drop, 1)
}
