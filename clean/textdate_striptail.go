package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// stripTailDate reads a byline strip whose last part, past a separator, is
// a short date line that closes it: "Medically reviewed by Jane Roe, MD —
// Written by John Doe — Updated on December 5, 2025", "By Jane Doe · 5
// min read · Published Mar 4, 2025", as health and how-to sites print
// their reviewers, writers and date on one line. The line opens as a
// byline ([byOpening]) and holds more words before its date than
// [findDateStamp] allows, and than [headLineDate] allows on HTML, whose
// elements part such strips; or it opens with a desk's or team's name
// and spaced slashes or bars part it ([deskStrip]). It returns the date and where it starts. A
// line with no separator before its date ("Tickets sold by phone until
// March 3, 2025") is no strip, nor is one whose date does not close it
// (a caption's "Photo by Jane Doe — taken on May 2, 2024, in Paris").
// The separators are tried from the line's end, a short line's few; a
// line without a digit or a separator is passed over before its words
// are read.
func stripTailDate(s string) (dateparse.Stamp, int, bool) {
	t := strings.TrimRight(s, ". ")
	if len(t) > maxDateLine || !digitByteIn(t) {
		return dateparse.Stamp{}, 0, false
	}
	if d, ok := deskStrip(t); ok {
		t = d // "TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025"
	} else if !holdsStripSeparator(t) || !byOpening(t) && !readTimePart(t) {
		return dateparse.Stamp{}, 0, false
	}
	for stop := len(t); stop > 0; {
		cut := strings.LastIndexAny(t[:stop], stripSeparators)
		if cut < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(t[cut:])
		tail := t[cut+size:]
		if st, pos, ok := findDateStamp(tail); ok && st.Year != 0 && st.Day != 0 {
			if end, _, ok := dateparse.DateLine(tail[pos:]); ok && end.Year == st.Year && end.Month == st.Month && end.Day == st.Day {
				return st, cut + size + pos, true
			}
			return dateparse.Stamp{}, 0, false // the strip's date part goes on after its date
		}
		stop = cut
	}
	return dateparse.Stamp{}, 0, false
}

// deskStrip reads a strip that a desk or team signs, its parts set off by
// spaced slashes or bars ("TOI Lifestyle Desk / etimes.in / Updated: Dec
// 17, 2025"): the first part in [teamName]'s form. It returns the line
// with its slashes made bars (of the same length, so that positions hold)
// for [stripTailDate] to read.
func deskStrip(t string) (string, bool) {
	k := deskCut(t)
	if k <= 0 || !teamWorded(t[:k]) {
		return "", false
	}
	if team, _ := teamName(t[:k]); team == "" {
		return "", false
	}
	return strings.ReplaceAll(t, " / ", " | "), true
}

// teamWorded reports whether s ends with a team's word or opens with
// "Team ", as [teamName]'s pattern needs: a test before that pattern, which
// most strips ("Foo | Acme News") fail.
func teamWorded(s string) bool {
	return strings.HasSuffix(s, "Team") || strings.HasSuffix(s, "Staff") || strings.HasSuffix(s, "Desk") || strings.HasPrefix(s, "Team ")
}

// stripSeparators are the marks between a byline strip's parts.
const stripSeparators = "—–|·•"

// updateLabelled reports whether the date at pos of a date line that
// [headDateLine] read is an update's: the words before it say so
// ([isUpdate]); in a byline strip that only [stripTailDate] reads, the
// words of the date's own part ("Medically reviewed by Jane Roe —
// Published on March 4, 2025" gives a publication: the reviewer's credit
// labels no date).
func updateLabelled(line string, pos int) bool {
	before := line[:pos]
	if !isUpdate(before) {
		return false
	}
	part := lastStripPart(before)
	if len(part) == len(before) {
		return true
	}
	if st, _, ok := findDateStamp(line); ok && st.Year != 0 && st.Day != 0 {
		return true // read as a date line, not as a strip
	}
	return isUpdate(part)
}

// lastStripPart returns the part of a byline strip's text before its date
// that follows the strip's last separator: the date's own label
// ("Updated on "), or all of before when it holds no separator.
func lastStripPart(before string) string {
	if cut := strings.LastIndexAny(before, stripSeparators); cut >= 0 {
		return before[cut:]
	}
	return before
}

// holdsStripSeparator reports whether s holds one of [stripSeparators],
// as strings.ContainsAny(s, stripSeparators) does, with the byte searches
// of package strings rather than a decoding of each rune: "|", "·" (C2
// B7), and "–", "—", "•" (E2 80 93, 94 and A2).
func holdsStripSeparator(s string) bool {
	if strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "·") {
		return true
	}
	for i := strings.IndexByte(s, 0xe2); i >= 0 && i+2 < len(s); {
		if s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94 || s[i+2] == 0xa2) {
			return true
		}
		k := strings.IndexByte(s[i+1:], 0xe2)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}
