package clean

import (
	"strings"
	"testing"
)

// TestLineReadersAtEdges69 runs the line readers of the forty-fourth
// session's stages (label lines over a headline, writer notes in many
// languages, the pattern gates, escaped markup and invisible characters
// in titles, a date's closing stops) over edgeLines: none may panic, the
// readers of a short form and the gates turn the empty and the huge lines
// down, and what a reader returns of its line is no longer than the line
// (firstSentence's answer is a prefix of it).
func TestLineReadersAtEdges69(t *testing.T) {
	for _, s := range edgeLines {
		name := s[:min(len(s), 24)]
		wantShortFormsRefused(t, s, []shortFormReader{
			{"labelLine", labelLine(s)},
			{"creditLabelLine", creditLabelLine(s)},
			{"deskPlaceLine", deskPlaceLine(s)},
			{"worldLabelledNames", worldLabelledNames(s)},
			{"isWorldWriterNote", isWorldWriterNote(s)},
			{"isNoteHeading", isNoteHeading(s)},
			{"namesWorldTrade", namesWorldTrade(s)},
			{"mayOpenStockCredit", mayOpenStockCredit(s)},
			{"mayBeWriterRole", mayBeWriterRole(strings.TrimSpace(s))},
			{"mayBeParenCredit", mayBeParenCredit(s)},
			{"mayBeParenCreditLine", mayBeParenCreditLine(s)},
		})
		_ = reportsSpeech(s) // may be true of a long line; must not panic
		if n := labelSepLen(s); n < 0 || n > len(s) {
			t.Errorf("labelSepLen(%q...) = %d, out of the line", name, n)
		}
		for _, f := range []struct {
			name string
			out  string
		}{
			{"withoutMarkup", withoutMarkup(s)},
			{"withoutInvisibles", withoutInvisibles(s)},
			{"trimDateStops", trimDateStops(s)},
			{"firstSentence", firstSentence(s)},
		} {
			if len(f.out) > len(s) {
				t.Errorf("%s(%q...) is %d bytes, longer than its %d-byte line", f.name, name, len(f.out), len(s))
			}
		}
		if !strings.HasPrefix(s, firstSentence(s)) {
			t.Errorf("firstSentence(%q...) is no prefix of its line", name)
		}
	}
}
