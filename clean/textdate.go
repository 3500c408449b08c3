package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// textHeadDates labels the date lines near the headline t of flattened
// text without an outlet rule: lines that give a date among other words
// ("Published Jun 4, 2025", "by Jane Doe | Apr 21, 2025", "July 13, 2025 —
// 7 minutes read"), which the date detector, reading only lines that hold
// a date alone, leaves. The first that names no update becomes the date
// line (kind Date); the first update ("Last updated: Sep 4, 2025") becomes
// a Metadata block whose Stamp is the update time. A line the learned
// detector took for not story may be taken: it scores date strips low, as
// it scores menus. A sentence that names a day is the story's; a line that
// holds only a date, while free, is the date detector's where it looks
// (above the story's first paragraph) or when it is switched off; under a
// headline that stands below a banner's paragraph it is read here. A
// forum poster's card ("Joined: Jan 02, 2017": [memberLine]) gives no
// date. lo and hi
// bound the window ([Page.textHeadWindow]).
func (p *Page) textHeadDates(t, lo, hi int) {
	pub, upd := false, false
	for i := lo; i <= hi && !(pub && upd); i++ {
		b := &p.blocks[i]
		if i == t || !p.free(i) && !byModel(*b) && !p.creditedDateLine(i) {
			continue
		}
		st, pos, ok := p.headDateLine(b.Text)
		if !ok {
			continue
		}
		if _, _, alone := dateparse.DateLine(b.Text); alone && p.free(i) && (p.in.noDates || i < p.first) {
			continue // the date detector's (switched off, or it read the head above the story)
		}
		switch {
		case updateLabelled(b.Text, pos):
			if posted, ok := publishedBeside(b.Text, pos, st); ok && !pub {
				// "Updated March 9, 2025 / Posted March 4, 2025": the
				// line's publish date is its own; the update goes
				b.Kind, b.Rule, b.Stamp = Date, "generic/date", stampOf(posted)
				pub = true
			} else if !upd {
				b.Kind, b.Rule, b.Stamp = Metadata, "generic/updated", stampOf(st)
				upd = true
			}
		case !pub:
			if earlier, ok := gluedEarlier(b.Text, st, pos); ok {
				st = earlier // "May 21, 2025April 24, 2025": the update printed first
			}
			b.Kind, b.Rule, b.Stamp = Date, "generic/date", stampOf(st)
			pub = true
		}
	}
}

// headDateLine reads a line as textHeadDates reads a date line: a short
// line, no sentence, that gives a full date (year, month and day) after at
// most a few words, or a byline strip that its date part closes
// ([stripTailDate]); never a line of a forum poster's card ("Joined: Jan
// 02, 2017": [memberLine]), whose date is the member's, nor one whose
// label names an event's date ([eventDateLabel]). It returns the date and
// where it starts.
func headDateLine(s string) (dateparse.Stamp, int, bool) {
	return headDateLineIn(s, dateparse.NoLang)
}

// headDateLineIn is headDateLine on a page in language lang: a month's
// name that clashes ("listopada") is read as lang reads it
// ([findDateStampIn]).
func headDateLineIn(s string, lang dateparse.Lang) (dateparse.Stamp, int, bool) {
	if len(s) > maxDateLine || memberLine(s) {
		return dateparse.Stamp{}, 0, false
	}
	if isProse(s) || endsSentence(s) && !clockStop(s) {
		return bylineDated(s) // else a sentence that names a day
	}
	if st, pos, ok := findDateStampIn(s, lang); ok && st.Year != 0 && st.Day != 0 {
		if pos > 0 && eventDateLabel(s[:pos]) {
			return dateparse.Stamp{}, 0, false // "Date of the hearing: 12 March 2025"
		}
		return st, pos, true
	}
	if st, pos, ok := labelledDateAfterName(s); ok {
		return st, pos, true // "Jane Doe | Publié le 5 mars 2025": more words before the date than findDateStamp reads
	}
	return stripTailDate(s) // "Medically reviewed by ... — Written by ... — Updated on December 5, 2025"
}

// textHead reads the date lines and the byline around headline t of
// flattened text without an outlet rule (on HTML the page's metadata and
// elements say more; on an outlet's page its rule does), in one window.
func (p *Page) textHead(t int) {
	if p.in.doc != nil || t < 0 || p.ownPage() {
		return
	}
	p.labelShortDeck(t)
	lo, hi := p.textHeadWindow(t)
	p.textHeadDates(t, lo, hi)
	p.textHeadBylines(t, lo, hi)
	p.headCopySigned(t, lo, hi)
}

// textHeadWindow returns the blocks around headline t where its date line
// and byline may stand: from headAbove blocks above it down to the story's
// second paragraph (a free line of prose), at most maxTextHead below it.
// The end is set by the story, not by a count of lines, so that cleaning
// the output again, with the clutter between gone, reads the same lines;
// where the count ends it, settleTextHead reads the window again over the
// lines the article keeps.
func (p *Page) textHeadWindow(t int) (lo, hi int) {
	lo, hi = max(0, t-headAbove), min(len(p.blocks)-1, t+maxTextHead)
	story := 0
	for i := t + 1; i <= hi; i++ {
		if b := p.blocks[i]; p.free(i) && len(b.Text) >= 100 && isProse(b.Text) {
			if story++; story == 2 {
				return lo, i
			}
		}
	}
	return lo, hi
}

// maxTextHead bounds the search below a headline on text where no story
// paragraph follows it.
const maxTextHead = 60

// bylineDated reads a byline written as a sentence that its date closes
// ("Reviewed by Jane Doe, Senior Editor at Acme, on December 9, 2024."):
// the line opens with "By" or a few words and "by" ("Written by",
// "Medically reviewed by"), and nothing but a full stop follows the date.
// It returns the date and where it starts. A sentence of the story that
// names a day does not open so, and a caption's "Photo by ... on May 2,
// 2024, in Paris." goes on after its date.
func bylineDated(s string) (dateparse.Stamp, int, bool) {
	t := strings.TrimRight(strings.TrimSpace(s), ". ")
	if !byOpening(t) {
		return dateparse.Stamp{}, 0, false
	}
	st, pos, ok := findDateAfter(t, maxBylineDateWords)
	if !ok || st.Year == 0 || st.Day == 0 {
		return dateparse.Stamp{}, 0, false
	}
	if end, _, ok := dateparse.DateLine(t[pos:]); !ok || end.Year != st.Year || end.Month != st.Month || end.Day != st.Day {
		return dateparse.Stamp{}, 0, false // the date does not close the line
	}
	return st, pos, true
}

// maxBylineDateWords is how many words a byline sentence may hold before its
// date (names, roles and the outlet's).
const maxBylineDateWords = 16

// byOpening reports whether a line opens as a byline: "By" first, or
// "by" among its first four words ("Written by", "Medically reviewed by").
func byOpening(s string) bool {
	i := 0
	for w := range strings.FieldsSeq(s) {
		if i == 4 {
			break
		}
		if strings.EqualFold(w, "by") {
			return true
		}
		i++
	}
	return false
}

// publishedAfter reads the part of a strip after its update's date at pos
// ("Updated March 9, 2025 / Posted March 4, 2025", "Last Updated: ... |
// Originally Published: ..."): past the next separator ("|", "/", "·",
// "•", ";"), a part that opens with a publication's label and gives a full
// date; with no separator, the first such part after the update's date
// ("Updated Dec 20, 2025 Published Dec 19, 2025"). It returns that date.
func publishedAfter(line string, pos int) (dateparse.Stamp, bool) {
	part, ok := partAfter(line, pos)
	if !ok {
		return labelledAfter(line, pos)
	}
	return publishedIn(part)
}

// partAfter returns the part of line after the first separator ("|",
// "/", "·", "•", ";") past pos that is no slash inside a numeric date
// ("03/09/2025"), the separators and blanks that open it trimmed; false
// when there is none.
func partAfter(line string, pos int) (string, bool) {
	sep := strings.IndexAny(line[pos:], "|/·•;")
	for sep > 0 && sep+pos+1 < len(line) && line[pos+sep] == '/' && isDigitByte(line[pos+sep-1]) && isDigitByte(line[pos+sep+1]) {
		next := strings.IndexAny(line[pos+sep+1:], "|/·•;") // the slash inside "03/09/2025"
		if next < 0 {
			return "", false
		}
		sep += next + 1
	}
	if sep < 0 {
		return "", false
	}
	return strings.TrimLeft(line[pos+sep:], "|/·•; \u00a0"), true
}

// publishedIn reads part as a labelled publication date ("Posted March 4,
// 2025", "입력 2025.03.05 10:12"): a date label (or a label of another
// script: worldLabelOpens), then a full date the label does not call an
// update.
func publishedIn(part string) (dateparse.Stamp, bool) {
	if !dateLabel().MatchString(part) && !worldLabelOpens(part) {
		return dateparse.Stamp{}, false
	}
	st, at, ok := findDateStamp(part)
	if !ok || st.Year == 0 || st.Day == 0 || isUpdate(part[:at]) {
		return dateparse.Stamp{}, false
	}
	return st, true
}

// labelledAfter is publishedAfter for a line with no separator between
// its dates ("Updated Dec 20, 2025 Published Dec 19, 2025"): the first
// word after pos that opens a labelled publication date. The line is a
// short date line (headDateLine), so the walk over its words is bounded.
func labelledAfter(line string, pos int) (dateparse.Stamp, bool) {
	for i := pos + 1; i < len(line); i++ {
		if line[i-1] != ' ' || line[i] == ' ' {
			continue
		}
		if st, ok := publishedIn(line[i:]); ok {
			return st, true
		}
	}
	return dateparse.Stamp{}, false
}

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
