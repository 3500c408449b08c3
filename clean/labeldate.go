package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// maxLabel is the longest block that can be a date's label alone
// ("Published", "Date of publication").
const maxLabel = 30

// labelledDates finds, anywhere in the page's content (outside navigation,
// asides, footers, hidden elements, lists of other pages and elements
// marked as an event's or a comment's, see otherDateBlock), the first
// short line that labels its date as the publication's and the first that
// labels it as an update's. A label alone ("Published") counts with the
// date in the block after it (or the one after that, past a second label:
// "Published", "Publish date", "15 November 2018"); such a pair may also
// stand in an aside or a box a detector took for a list of other pages, as
// a fact box beside the story does. A byline (see bylineBlock) followed
// by a block that holds only a date ("Written by Jane Doe", "April 8,
// 2024") labels that date as the publication's too. A numeric date that reads both ways is read the
// way that agrees with the metadata's publish date meta (see agreeing).
func labelledDates(blocks []Block, doc *htmldoc.Doc, meta htmldoc.Stamp) (pub, upd htmldoc.Stamp) {
	return labelledDatesIn(blocks, doc, meta, dateparse.NoLang)
}

// labelledDatesIn is labelledDates on a page in language lang: a month's
// name that clashes ("listopada") is read as lang reads it.
func labelledDatesIn(blocks []Block, doc *htmldoc.Doc, meta htmldoc.Stamp, lang dateparse.Lang) (pub, upd htmldoc.Stamp) {
	var box dateparse.Stamp // the first fact box's date
	boxAgree := true        // no other fact box gives another
	for i, b := range blocks {
		if len(b.Text) > maxDateLine {
			continue
		}
		if bylineBlock(b) && pub == (htmldoc.Stamp{}) && i+1 < len(blocks) && contentBlock(b, doc) && contentBlock(blocks[i+1], doc) {
			if st, ok := dateAlone(blocks[i+1], doc, meta); ok {
				pub = st
			}
		}
		if !dateLabel().MatchString(b.Text) || otherDateBlock(b, doc) {
			continue
		}
		own := contentBlock(b, doc) || ownNavKind(b, doc)
		var st dateparse.Stamp
		pos, ok := 0, false
		if own {
			if st, pos, ok = findDateAfterIn(b.Text, 7, lang); ok {
				st = agreeing(st, b.Text[pos:], meta)
			}
		}
		if !ok && labelAlone(b.Text) && (own || factBox(b, doc)) {
			st, ok = labelledNext(blocks, i, doc, own, meta)
			pos = len(b.Text)
			if ok && !own && !isUpdate(b.Text) {
				// A fact box's date: kept apart, and only when the
				// page's boxes give no other publication date.
				if box == (dateparse.Stamp{}) {
					box = st
				} else if st.Year != box.Year || st.Month != box.Month || st.Day != box.Day {
					boxAgree = false
				}
				continue
			}
		}
		if !ok || eventDateLabel(b.Text[:min(pos, len(b.Text))]) {
			continue // none, or an event's ("Date of the vote: 12 March 2025")
		}
		if isUpdate(b.Text[:pos]) {
			if upd == (htmldoc.Stamp{}) {
				upd = st
			}
			if posted, ok := publishedAfter(b.Text, pos); ok && pub == (htmldoc.Stamp{}) {
				pub = posted // "Updated Dec 20, 2025 Published Dec 19, 2025"
			}
		} else if pub == (htmldoc.Stamp{}) {
			pub = st
		}
	}
	if pub == (htmldoc.Stamp{}) && boxAgree {
		pub = box
	}
	return pub, upd
}

// otherDateBlock reports whether a block's element or a near ancestor is
// marked as holding dates that are not the page's (otherDateWords: an
// event box's "Date: March 30, 2024", a comment's).
func otherDateBlock(b Block, doc *htmldoc.Doc) bool {
	return b.Line >= 1 && b.Line <= len(doc.Blocks) && otherDateWords(doc.Blocks[b.Line-1].Words)
}

// bylineBlock reports whether a block is a byline: labelled so, or a
// block no detector claimed that reads as one ("Written by Jane Doe" in a
// strip the story detector left out).
func bylineBlock(b Block) bool {
	return b.Kind == Byline || b.Kind == Other && isByline(b.Text)
}

// labelAlone reports whether a block is a date's label with nothing else:
// short, without digits.
func labelAlone(text string) bool {
	return len(text) <= maxLabel && !digitByteIn(text)
}

// labelledNext reads the date that label block i stands over: in the next
// block, or in the one after it when the next is a second label. own says
// whether the label is in the page's content (else the date must hold the
// block alone, in a fact box).
func labelledNext(blocks []Block, i int, doc *htmldoc.Doc, own bool, meta htmldoc.Stamp) (dateparse.Stamp, bool) {
	for j := i + 1; j < len(blocks) && j <= i+2; j++ {
		next := blocks[j]
		if j == i+1 && labelAlone(next.Text) && next.Text != "" && !hasDatetime(next, doc) {
			continue // a second label ("Publish date"), maybe for screen readers only
		}
		if !(own && contentBlock(next, doc)) && !factBox(next, doc) {
			return dateparse.Stamp{}, false
		}
		if own {
			if st, pos, ok := findDateAfter(next.Text, 2); ok {
				return agreeing(st, next.Text[pos:], meta), true
			}
			if st, ok := metaDate(doc.Blocks[next.Line-1].Datetime); ok && len(next.Text) <= maxDateLine {
				return st, true
			}
		}
		if st, ok := dateAlone(next, doc, meta); ok {
			return st, true
		}
		break
	}
	return dateparse.Stamp{}, false
}

// dateAlone returns the date a block holds and nothing else: its text is a
// date line ("April 8, 2024"), or short text over a <time datetime>; a
// date line that reads both ways is read as agrees with meta.
func dateAlone(b Block, doc *htmldoc.Doc, meta htmldoc.Stamp) (dateparse.Stamp, bool) {
	dt, hasDT := dateparse.Stamp{}, false
	if b.Line >= 1 && b.Line <= len(doc.Blocks) {
		dt, hasDT = metaDate(doc.Blocks[b.Line-1].Datetime)
	}
	if st, _, ok := dateparse.DateLine(b.Text); ok && st.Year != 0 && st.Day != 0 {
		if hasDT && dt.Year == st.Year && dt.Month == st.Month && dt.Day == st.Day {
			return dt, true // the same day, to the minute
		}
		return agreeing(st, strings.TrimSpace(b.Text), meta), true
	}
	return dt, hasDT && len(b.Text) <= maxLabel
}

// factBox reports whether a block may be part of a box of facts about the
// page beside the story ("Published", "15 November 2018", "Author", "Jane
// Doe"): an aside or what a detector took for a list of other pages, but
// not navigation, a footer, a hidden element, a caption or an ad.
func factBox(b Block, doc *htmldoc.Doc) bool {
	switch b.Kind {
	case Caption, Credit, Ad, Cookie, Share, Nav, HeadlineList, Latest:
		return false
	}
	hb := walkerOf(b, doc)
	if hb == nil {
		return false
	}
	return !hb.InNav && !hb.InFooter && !hb.Hidden
}

// hasDatetime reports whether a block's element carries a datetime.
func hasDatetime(b Block, doc *htmldoc.Doc) bool {
	hb := walkerOf(b, doc)
	return hb != nil && hb.Datetime != ""
}

// labelledDate returns the date a short line of flattened text labels as
// the page's publication ("Published on: February 14, 2025", "Posted by
// Jane Doe on August 21, 2019", "Published Date: June 11, 2025"), or a
// byline gives ("by Daniel Gibson | Mar 11, 2023 | Brakes"); false for a
// line that labels an update ("Last updated on June 19, 2025") or gives no
// full date. A date glued to the words after it by the flattening ("Posted
// on June 29, 2020November 12, 2021") is read apart from them; of a long
// line that opens with the label, only the head is read (labelHeadLen bytes).
// Package extract takes it, on text, when the head of the page gives no
// date (as labelledDateIn).
func labelledDate(line string) (Stamp, bool) { return labelledDateIn(line, "") }

// labelledDateIn is labelledDate on a page of language tag tag: a
// month's name that clashes ("listopada": October in Croatian) is read in
// that language ([findDateAfterLang]).
func labelledDateIn(line, tag string) (Stamp, bool) {
	var labelled bool
	if len(line) > maxDateLine {
		// Only the head is read for the date, so a head without a digit
		// turns the line down before the label's expression, which walks
		// every rune before the first ASCII letter or digit (a paragraph
		// in another script) on the regexp package's slower machine.
		head := headBytes(line, labelHeadLen) // "Posted on DATE in Health, Nutrition, ..." with a long list after
		if !digitByteIn(head) {
			return Stamp{}, false
		}
		if labelled = dateLabel().MatchString(line); !labelled {
			return Stamp{}, false
		}
		line = head
	}
	if !digitByteIn(line) {
		// No digit, no date for findDateAfter below (unglue adds
		// none): turned down before the label's and the byline's
		// patterns.
		return Stamp{}, false
	}
	if len(line) <= maxDateLine {
		labelled = dateLabel().MatchString(line)
	}
	if !labelled && !(mayHoldBylineWord(line) && bylineHead.MatchString(line)) {
		return Stamp{}, false
	}
	line = unglue(line)
	maxBefore := 7
	if !labelled {
		maxBefore = 10 // a byline's names, and a role ("Senior Writer")
	}
	st, pos, ok := findDateAfterLang(line, maxBefore, dateparse.LangOf(tag))
	if !ok || isUpdate(line[:pos]) || eventDateLabel(line[:pos]) {
		return Stamp{}, false // an update's, or an event's ("Date of the vote: 12 March 2025")
	}
	return st, true
}

// labelHeadLen is how much of a long line that opens with a date's label
// labelledDate reads (cut at a rune's start): the date stands right after
// the label, and what follows it (a long list of categories or tags) says
// nothing about it. Room for the label, a byline and a date, and for the
// spaces unglue adds, under maxDateLine.
const labelHeadLen = 120

// unglue puts a space between a digit and a capital letter that follows
// it ("2020November" gives "2020 November").
func unglue(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		sb.WriteByte(s[i])
		if i+1 < len(s) && s[i] >= '0' && s[i] <= '9' && s[i+1] >= 'A' && s[i+1] <= 'Z' {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// bylineThenDate returns the date of next when line is a byline without
// a date ("By Jane Doe") and next holds only a date ("April 8, 2024"): on
// flattened text the date under the byline is the publication's. A
// clashing month's name is read in the language of tag ("hr": a
// "listopada" is October).
func bylineThenDate(line, next, tag string) (Stamp, bool) {
	if len(line) > maxDateLine || digitByteIn(line) {
		return Stamp{}, false
	}
	// The date first: reading a line for a date costs less than the
	// byline's pattern, and most lines under a line are no date.
	st, ok := dateAloneLineIn(next, dateparse.LangOf(tag))
	if !ok || !bylineHead.MatchString(line) {
		return Stamp{}, false
	}
	return st, true
}

// labelThenDate returns the date of next when line is a date's label with
// nothing else ("Posted on", "Page updated:") and next holds only a date
// ("Nov 21, 2018"): flattening puts the label and the date of a byline
// strip on lines of their own. update reports that the label names an
// update. A clashing month's name is read in the language of tag.
func labelThenDate(line, next, tag string) (st Stamp, update, ok bool) {
	line = strings.TrimSpace(line)
	if !labelAlone(line) {
		return Stamp{}, false, false
	}
	// The date first: most lines under a short line are no date, told by
	// dateparse's cheap tests, and the label's expression costs more.
	d, ok := dateAloneLineIn(next, dateparse.LangOf(tag))
	if !ok || !dateLabel().MatchString(line) {
		return Stamp{}, false, false
	}
	return d, isUpdate(line), true
}

// labelledUpdate returns the date a short line of flattened text labels
// as the time of an update: from its start ("Last updated on June 19,
// 2025", "Page last modified Jan. 17, 2025"), or right before the date at
// the end of a byline strip ("By Jane Doe · Review Editor · Updated
// November 18, 2025"); package extract takes it, on text, when the page
// gives no other date. A clashing month's name is read in the language of
// tag.
func labelledUpdate(line, tag string) (Stamp, bool) {
	// No digit, no date for findDateAfter below: the line is turned down
	// before unglue's copy and the label's pattern.
	if len(line) > maxDateLine || !digitByteIn(line) || isProse(line) {
		return Stamp{}, false
	}
	line, lang := unglue(line), dateparse.LangOf(tag)
	if dateLabel().MatchString(line) {
		st, pos, ok := findDateAfterLang(line, 7, lang)
		if !ok || !isUpdate(line[:pos]) {
			return Stamp{}, false
		}
		return st, true
	}
	st, pos, ok := findDateAfterLang(line, 10, lang)
	if !ok || !updateBefore.MatchString(line[:pos]) {
		return Stamp{}, false
	}
	return st, true
}

// updateBefore matches an update's label that ends right before a date:
// "Updated", "Last Updated on", "updated:"; or glued by the flattening to
// the name before it, capitalised ("By Jane DoeUpdated: Dec 19, 2025").
var updateBefore = lazyCompile(`(?:(?:^|[^\pL])(?i:(?:last\s+)?updated)|\p{Ll}(?:Last )?Updated)(?i:\s+on|\s+at)?\s*:?\s*$`)

// dateAloneLine returns the date a line of flattened text holds with nothing
// else but a weekday or a time ("December 24, 2024", "Friday, 19 December
// 2025 10:00"); false for a line without a full date (year, month and
// day).
func dateAloneLine(line string) (Stamp, bool) { return dateAloneLineIn(line, dateparse.NoLang) }

// dateAloneLineIn is dateAloneLine on a page in language lang: a
// clashing month's name is read as lang reads it ([dateLineLang]).
func dateAloneLineIn(line string, lang dateparse.Lang) (Stamp, bool) {
	st, _, ok := dateLineLang(strings.TrimSpace(line), lang)
	if !ok || st.Year == 0 || st.Day == 0 {
		return Stamp{}, false
	}
	return st, true
}

// dateLabelWords are the words of ASCII letters that the date's label
// opens with when an ASCII byte that is no letter follows them (see
// leadRun.words); a label word that goes on beyond ASCII
// ("veröffentlicht", "publié") is left to the expression.
const dateLabelWords = "originally first initially story published posted submitted filed post publish updated last modified page date " +
	"erschienen erstellt aktualisiert publicado pubblicato publication fecha data opublikowano gepubliceerd publicerad julkaistu " +
	"atualizado actualizado aggiornato mis mise stand bijgewerkt zaktualizowano aktualizacja " +
	"uppdaterad publisert oppdatert udgivet opdateret diterbitkan dipublikasikan diperbarui tarih tarix objavljeno nailathala " +
	"inilathala imechapishwa publiceret"
