package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean"
)

// textHeadStrip returns, on flattened text, the date of a short strip
// under the headline that prints it among a byline's name, a category, a
// reading time or a comment count, in an order or with separators the
// cleaner's date lines do not read: the reading time first ("5 min read ·
// Dec 19, 2025"), a category or a name before a bar or a slash ("In News |
// December 19, 2025", "Jane Doe / Dec 19, 2025"), a name before "on" or
// alone before the date ("Jane Doe on Dec 19, 2025", "Jane Doe December
// 19, 2025"), the name and comments after it ("Dec 19, 2025 / Jane Doe / 3
// Comments"). It reads the maxHeadStripGap blocks under the headline, up
// to the story's first paragraph (unless the strip is taken into the
// story); a strip that labels an update, or an event's date or stands
// under such a label ("Closing date"), is not the publication's. The line taken for the headline is read too, but
// for a name alone before the date (a headline may open with capitals):
// a strip that stands alone over the story may be taken for it, and on a
// page with no headline the line right over the story is read so. Package
// extract reads it when no other text source gives a date.
func (as *assembler) textHeadStrip() (clean.Stamp, bool) {
	if as.opts != nil && slices.Contains(as.opts.Disable, "dates") {
		return clean.Stamp{}, false
	}
	bs := as.res.Blocks
	title := slices.Index(as.placed, "title")
	if title < 0 {
		// No headline: a strip that stands alone over the story, which
		// the cleaner passes over as a headline ("5 min read · Dec 19,
		// 2025"), is read as the line taken for one would be.
		if b := slices.Index(as.placed, "body"); b > 0 && ownText(bs[b-1].Kind) {
			return headStrip(bs[b-1].Text, true, as.language())
		}
		return clean.Stamp{}, false
	}
	for i := title; i < len(bs) && i <= title+maxHeadStripGap; i++ {
		if !ownText(bs[i].Kind) {
			continue
		}
		st, ok := headStrip(bs[i].Text, i == title, as.language())
		if ok && (i == 0 || !cleanEventDateLabel(bs[i-1].Text)) { // "Closing date" over the date: an event's
			return st, true
		}
		if i > title && as.placed[i] == "body" {
			break // the story began
		}
	}
	return clean.Stamp{}, false
}

// Bounds of textHeadStrip: how many blocks under the headline it reads,
// the longest line, and the most words the date itself spans ("Friday,
// December 19, 2025 at 10:00 AM") and the rest of the strip on each side.
const (
	maxHeadStripGap   = 4
	maxHeadStrip      = 120
	maxStripDateWords = 8
	maxStripSideWords = 8
)

// headStrip returns the date a strip line prints with at most
// maxStripSideWords of a strip's other parts on either side of it
// (stripSide; strict leaves out a name alone before it), the longest
// such date first; false for a longer line, one that labels an update,
// one whose label names an event's date ("Date of the vote:", clean's
// eventDateLabel), or one with no such date. A clashing month's name is
// read in the language of tag lang ("hr": "listopada" is October).
func headStrip(line string, strict bool, lang string) (clean.Stamp, bool) {
	if len(line) > maxHeadStrip || !strings.ContainsAny(line, "0123456789") || strings.Contains(line, "\n") || cleanMemberLine(line) {
		return clean.Stamp{}, false
	}
	low := strings.ToLower(line)
	for _, l := range updateAges {
		if strings.Contains(low, l) {
			return clean.Stamp{}, false // an update's strip
		}
	}
	starts, ends := wordBounds(line)
	n := len(starts)
	for a := range n {
		for b := min(n, a+maxStripDateWords); b > a; b-- {
			st, ok := cleanDateAlone(line[starts[a]:ends[b-1]], lang)
			if !ok {
				continue
			}
			if cleanEventDateLabel(line[:starts[a]]) {
				return clean.Stamp{}, false // "Date of the vote: 12 March 2025": an event's line
			}
			if stripSide(line[:starts[a]], true, strict) && stripSide(line[ends[b-1]:], false, strict) {
				return st, true
			}
		}
	}
	return clean.Stamp{}, false
}

// stripSeps are the marks that part a strip's fields.
const stripSeps = "|·•/—–-,:"

// stripSide reports whether side, the text before (left) or after the
// date in a strip, reads as a strip's other fields: empty; at most
// maxStripSideWords words (a "·" or "|" apart is none) with no sentence's
// end; and set off from the
// date by a separator, by "on" after a name (left) or "in" or "by" before
// a category or a name (right), or, on the left and not strict, a name
// alone (two or three capitalised words).
func stripSide(side string, left, strict bool) bool {
	t := strings.TrimSpace(side)
	if t == "" {
		return true
	}
	words := strings.Fields(t)
	if len(words)-strings.Count(" "+t+" ", " · ")-strings.Count(" "+t+" ", " | ") > maxStripSideWords || strings.ContainsAny(t, "?!") || strings.Contains(t, ". ") || strings.HasSuffix(t, ".") {
		return false
	}
	if left {
		if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(stripSeps, r) {
			return true
		}
		if words[len(words)-1] == "on" {
			return capitalised(words[:len(words)-1])
		}
		return !strict && len(words) >= 2 && capitalised(words)
	}
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune(stripSeps, r) {
		return true
	}
	return (words[0] == "in" || words[0] == "by") && len(words) > 1
}

// capitalised reports whether words are one to three words that each
// open with a capital letter and hold no other after a lower-case letter
// (a label the flattening glued to a name, "Jane DoeReviewed"): a
// person's name.
func capitalised(words []string) bool {
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		for i := range w {
			if i > 0 && capAfterLower(w, i) {
				return false
			}
		}
	}
	return true
}

// wordBounds returns the byte offsets where each word of line (a run
// without spaces) starts and ends.
func wordBounds(line string) (starts, ends []int) {
	in := false
	for i, r := range line {
		if sp := unicode.IsSpace(r); !sp && !in {
			starts, in = append(starts, i), true
		} else if sp && in {
			ends, in = append(ends, i), false
		}
	}
	if in {
		ends = append(ends, len(line))
	}
	return starts, ends
}
