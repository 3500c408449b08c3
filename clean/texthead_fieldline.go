package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// The head's labelled fields: an event's, a court listing's or a
// notice's lines of "Label: value" ("Hearing date: 5 March 2025", "Fecha
// del evento: 12 de abril de 2025", "Venue: Northgate depot") printed
// over or under the headline. A field is never the headline, however
// headline-shaped its line.

// maxFieldLabelWords is the most words of a field's label.
const maxFieldLabelWords = 4

// fieldSplit returns line s (trimmed) cut at its label's colon (": ",
// " : " as French prints it, or the full-width "：") into the label and
// the value, and whether it is so cut: a label of one to
// maxFieldLabelWords words that opens with a letter and holds no digit, a
// value after it. (", Global DeskLast Updated: Dec 19, 2025" is a byline's
// strip cut, its date the page's.)
func fieldSplit(s string) (label, value string, ok bool) {
	k, w := strings.IndexByte(s, ':'), 1
	if j := strings.Index(s, "："); j > 0 && (k < 0 || j < k) {
		k, w = j, len("：")
	}
	if k <= 0 || k > 60 {
		return "", "", false
	}
	label, value = strings.TrimSpace(s[:k]), strings.TrimSpace(s[k+w:])
	if r, _ := utf8.DecodeRuneInString(label); !unicode.IsLetter(r) || value == "" || digitByteIn(label) || wordCount(label) > maxFieldLabelWords {
		return "", "", false
	}
	return label, value, true
}

// labelledDateLine reports whether s is a field whose value is a date
// and nothing else ("Hearing date: 5 March 2025", "Termin: 12.04.2025"):
// what the date is of, a hearing's, an event's or a deadline's, the label
// says; the line is no headline. The date labels of publishing
// ("Updated: ...") are dateLabel's, which the date reader reads.
func labelledDateLine(s string) bool {
	if len(s) > 120 || strings.IndexByte(s, ':') < 0 && !strings.Contains(s, "：") {
		return false
	}
	_, v, ok := fieldSplit(strings.TrimSpace(s))
	if !ok {
		return false
	}
	_, _, ok = dateparse.DateLine(v)
	return ok
}

// fieldUnderDate reports whether block i is a field ("Venue: Northgate
// depot, Mill Lane") right under a labelled date line: a list of an
// event's fields, no headline. A headline with a colon of its own over
// such a line ("Open day: the depot welcomes visitors" over "Event date:
// 12 April 2025") stands over the list, not in it, and is kept.
func (p *Page) fieldUnderDate(i int) bool {
	if i == 0 || len(p.blocks[i].Text) > 160 {
		return false
	}
	if _, _, ok := fieldSplit(strings.TrimSpace(p.blocks[i].Text)); !ok {
		return false
	}
	return labelledDateLine(p.blocks[i-1].Text)
}

// notTextHeadline reports whether a line of a flattened page's head is
// never its headline though no title trap ([isTitleTrap], which the
// author readers and the HTML title ranker ask too) says so: a field's
// date ([labelledDateLine]), a name with its byline strip's share words
// ([sharedByline]) or a world byline strip a date closes ("Автор: Ирина
// Волкова | 5 марта 2025", [datedNamesStrip]), which the head's first
// pass leaves unlabelled for its date reader, a field whose value is a
// number ([numberField]: "News code: 482913") or a post's counters
// ([countLine]: "3.1K views 10:42"), or a label's line ([labelLine]: a
// credit, "Edited by: Jane Doe", or a teaser's labelled date, "Read more -
// Published 4 March 2025"), or a line of raw HTML ([markupLine]). The
// text head's candidates, titleAbove's and the headline model's, leave
// such lines out.
func notTextHeadline(t string) bool {
	return labelledDateLine(t) || sharedByline(t) || datedNamesStrip(t) || numberField(t) || countLine(t) || labelLine(t) || markupLine(t)
}

// datedNamesStrip reports whether t is a byline strip of names that a
// date closes ([datedStrip]): the names read after a byline label of
// another language ([worldBy]: "Автор: Ирина Волкова | 5 марта 2025") or
// by the world byline reader ([worldBylineNames]: "लेखक: सुनीता वर्मा |
// 05 मार्च 2025") or after a label the byline readers read ([bylineNames]:
// "Door Pieter de Vries | Bijgewerkt: 6 maart 2025").
func datedNamesStrip(t string) bool {
	if !datedStrip(t) {
		return false
	}
	if by, ok := worldBy(t); ok && len(bylineNames(by)) > 0 {
		return true
	}
	return len(worldBylineNames(t)) > 0 || len(bylineNames(t)) > 0
}
