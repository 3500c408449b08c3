package clean

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
	"github.com/newsclean/newsclean/internal/uchar"
	xhtml "golang.org/x/net/html"
)

// How many blocks above and below the title are searched for the visible
// date line, and how long such a block may be.
const (
	headAbove   = 4
	headBelow   = 12
	maxDateLine = 160
)

// parseDates parses the dates of an HTML page where they are read: the
// metadata's raw values, and the visible date line near the title, which
// may sit in a block an earlier stage labelled as clutter (a byline strip
// outside <main>, "Posted on June 29, 2020"). The results go to m's Stamp
// fields.
func parseDates(m *htmldoc.Meta, blocks []Block, doc *htmldoc.Doc) {
	set := func(dst *htmldoc.Stamp, raw string) bool {
		if st, ok := metaDate(raw); ok {
			*dst = st
			return true
		}
		return false
	}
	set(&m.PublishedAt, usOrder(m.Published, m.Language))
	if !set(&m.ModifiedAt, usOrder(m.Modified, m.Language)) {
		set(&m.ModifiedAt, m.TimeModified)
	}
	set(&m.TimeAt, m.TimePublished)
	firstBody := -2 // the story's first paragraph, found when first needed
	if m.TimePublished != "" || m.PublishedSource == "microdata" {
		replyMarked(m, blocks, doc, &firstBody)
	}
	lang := dateparse.LangOf(m.Language) // "listopada" is October in Croatian
	m.LineAt, m.LineUpdatedAt = headDateLines(blocks, doc, m.PublishedAt, lang)
	var labelUpd htmldoc.Stamp
	m.LabelledAt, labelUpd = labelledDatesIn(blocks, doc, m.PublishedAt, lang)
	if m.LineUpdatedAt == (htmldoc.Stamp{}) {
		m.LineUpdatedAt = labelUpd
	}
	if m.LineUpdatedAt == (htmldoc.Stamp{}) {
		m.LineUpdatedAt = pageEditDate(blocks, doc, lang) // a wiki's footer: "This page was last edited on ..."
	}
	m.MarkedAt = markedDate(blocks, doc, m.PublishedAt, lang)
	if st, ok := dateparse.FromURL(m.Image); ok && st.Day != 0 {
		m.ImageAt = st
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Line < 1 || b.Line > len(doc.Blocks) || b.Kind == Caption || b.Kind == HeadlineList || b.Kind == Related || b.Kind == Latest || b.Kind == Nav {
			continue
		}
		hb := doc.Blocks[b.Line-1]
		if hb.Datetime == "" || hb.InNav || hb.InAside || hb.InFooter || hb.Hidden || isUpdate(hb.Text) || otherDateWords(hb.Words) {
			continue
		}
		if replyTime(blocks, doc, i, &firstBody) || otherPostTime(blocks, doc, i, &firstBody) {
			continue
		}
		if set(&m.FirstTimeAt, hb.Datetime) {
			break
		}
	}
}

// replyMarked drops the marked publish times that are a reader's
// comment's: a <time> marked as the publication's (TimePublished) or a
// microdata datePublished given by a <time>, when its block is a reply's
// (replyTime) — a comment's <time itemprop="datePublished"> where the
// story marks none. A forum's opening post marked as a Comment keeps its
// time.
func replyMarked(m *htmldoc.Meta, blocks []Block, doc *htmldoc.Doc, firstBody *int) {
	micro, marked := m.PublishedSource == "microdata", m.TimePublished != ""
	for i := 0; i < len(blocks) && (micro || marked); i++ {
		b := &blocks[i]
		if b.Line < 1 || b.Line > len(doc.Blocks) {
			continue
		}
		dt := doc.Blocks[b.Line-1].Datetime
		isPub, isMarked := micro && dt == m.Published, marked && dt == m.TimePublished
		if dt == "" || !isPub && !isMarked {
			continue
		}
		reply := replyTime(blocks, doc, i, firstBody) // the first block that prints it decides
		if isPub {
			micro = false
			if reply {
				m.PublishedAt = htmldoc.Stamp{}
			}
		}
		if isMarked {
			marked = false
			if reply {
				m.TimeAt = htmldoc.Stamp{}
			}
		}
	}
}

// replyTime reports whether block i's <time> is a reader's comment's or
// a forum reply's: the block stands in a schema.org Comment or Answer item
// (htmldoc.ReplyItem) below the story's first paragraph (*firstBody,
// found on the first call), which the item does not hold. A comment's
// time is never the story's publish date; a forum whose opening post is
// itself marked as a Comment (its text the story's first paragraph) keeps
// that post's time, the thread's own date.
func replyTime(blocks []Block, doc *htmldoc.Doc, i int, firstBody *int) bool {
	item := htmldoc.ReplyItem(doc.Blocks[blocks[i].Line-1].Node)
	if item == nil {
		return false
	}
	if *firstBody == -2 {
		*firstBody = slices.IndexFunc(blocks, func(b Block) bool { return b.Kind == Body })
	}
	k := *firstBody
	if k < 0 || k >= i {
		return false
	}
	hb := walkerOf(blocks[k], doc)
	return hb == nil || !inside(hb.Node, item)
}

// inside reports whether n is item or one of its descendants.
func inside(n, item *xhtml.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a == item {
			return true
		}
	}
	return false
}

// headDateLines finds the visible date lines near the title: the first that
// gives the publication date, and the first that gives an update ("Last
// updated: 2025-02-22"); an update line that goes on to the publication's
// ("Updated 5 March 2025 / Published 4 March 2025") gives both. A numeric
// date that reads both ways ("09.10.2024") is read the way that agrees
// with the metadata's publish date meta, when one way does. A month's
// name that clashes ("listopada") is read in the page's language lang.
func headDateLines(blocks []Block, doc *htmldoc.Doc, meta htmldoc.Stamp, lang dateparse.Lang) (pub, upd htmldoc.Stamp) {
	t := titleIndex(blocks)
	if t < 0 {
		for i, b := range blocks {
			if b.HTML != nil && b.HTML.Tag == "h1" {
				t = i
				break
			}
		}
	}
	last := t + headBelow
	if t < 0 {
		// No headline found: the date line may still stand right above
		// the story's first paragraph ("Jane Doe", "Feb 16, 2026").
		t = slices.IndexFunc(blocks, func(b Block) bool { return b.Kind == Body })
		last = t - 1
	}
	if t < 0 {
		return
	}
	title := ""
	if blocks[t].Kind == Title {
		title = blocks[t].Text
	}
	long := 0
	var asidePub htmldoc.Stamp // the first publication's line in navigation or an aside
	for i := max(0, t-headAbove); i < len(blocks) && i <= last; i++ {
		b := blocks[i]
		if len(b.Text) > maxDateLine {
			if i > t && !listKind(b.Kind) && !inNavOrAside(b, doc) {
				if long++; long >= 2 {
					break // into the story
				}
			}
			continue
		}
		// A block taken for an ad is read as any other kind the date line
		// may not be in (the date alone, labelled, or by the title): a
		// "hero banner" holds the headline and its date line.
		if i == t || b.Kind == Caption || b.Kind == Credit || b.Kind == Cookie || i < t && teaserKind(b.Kind) && inLink(b, doc) || inCard(b, doc) || underEntryHeadline(b, doc, title) {
			continue
		}
		var st dateparse.Stamp
		pos, ok, strip := -1, false, false
		if b.Line-1 < len(doc.Blocks) && b.Line >= 1 {
			if dt := doc.Blocks[b.Line-1].Datetime; dt != "" && wordCount(b.Text) <= 12 && !endsSentence(b.Text) && (i > t || !timeList(doc.Blocks[b.Line-1].Node)) {
				st, ok = metaDate(dt)
			}
		}
		if ok {
			pos = len(b.Text)
			if p, found := findDate(b.Text); found {
				pos = p
			}
		} else if st, pos, ok = findDateStampIn(b.Text, lang); !ok {
			if st, pos, ok = headLineDateIn(b.Text, lang); !ok {
				st, pos, ok = stripTailDate(b.Text) // "Medically reviewed by ... — Written by ... — Updated on March 7, 2025"
				strip = ok
			}
		} else {
			st = agreeing(st, b.Text[pos:], meta)
		}
		if ok && !dateKindOK(b.Kind) && !dateLabel().MatchString(b.Text) && !nextToTitle(b.Kind, i, t) {
			// A sidebar's list may hold dates: there, only a block that
			// holds the date alone, or labels it ("Published on ...",
			// "On 8 Oct 2022"), counts.
			_, _, ok = dateparse.DateLine(b.Text)
			ok = ok || onDateLine(b.Text)
		}
		if !ok || st.Year == 0 || st.Day == 0 || storySentence(b.Text, pos, st.Year) || i < t && teaserAbove(b, doc) {
			continue
		}
		before := b.Text[:min(pos, len(b.Text))]
		if strip {
			before = lastStripPart(before) // the reviewer's credit labels no date
		} else if i > 0 && len(blocks[i-1].Text) <= 24 {
			before = blocks[i-1].Text + " " + before // "Last updated" over the date
		}
		if eventDateLabel(before) {
			continue // "Date of the vote: 12 March 2025": an event's day
		}
		if isUpdate(before) {
			if upd == (htmldoc.Stamp{}) {
				upd = st
			}
			if posted, ok := publishedAfter(b.Text, pos); ok && pub == (htmldoc.Stamp{}) {
				pub = posted // "Updated 5 March 2025 / Published 4 March 2025"
				break
			}
			continue
		}
		if pub == (htmldoc.Stamp{}) {
			if inNavOrAside(b, doc) {
				// a sidebar's "Posted on ..." above the article's own
				// line: taken only where the page prints no other
				if asidePub == (htmldoc.Stamp{}) {
					asidePub = st
				}
				continue
			}
			pub = st
			if u, ok := updatedAfterIn(b.Text, pos, lang); ok && upd == (htmldoc.Stamp{}) {
				upd = u // "Publié le 4 mars 2025, modifié le 5 mars 2025"
			}
		}
		if upd != (htmldoc.Stamp{}) {
			break
		}
	}
	if pub == (htmldoc.Stamp{}) {
		pub = asidePub
	}
	return pub, upd
}

// nextToTitle reports whether block i, of kind k, sits right above or below
// the title t, where a date printed with other words ("February 4, 2025 -
// 11 minutes") is the page's own whatever detector took the block.
func nextToTitle(k Kind, i, t int) bool {
	return (i == t-1 || i == t+1 || i == t+2) && k != Caption && k != Credit && k != HeadlineList && k != Related && k != Latest
}

// listKind reports whether a block of this kind is navigation or a list of
// other pages: a long one between the title and the date line (a "Reading
// next" strip) is not the story's text, and the date line may lie below it.
func listKind(k Kind) bool {
	switch k {
	case Nav, HeadlineList, Related, Latest, Share, Ad, Cookie:
		return true
	}
	return false
}

// inNavOrAside reports whether a block's element sits in navigation or an
// aside.
func inNavOrAside(b Block, doc *htmldoc.Doc) bool {
	hb := walkerOf(b, doc)
	if hb == nil {
		return false
	}
	return hb.InNav || hb.InAside
}

// dateKindOK reports whether a block of this kind may hold the page's date
// line: not a sidebar's list, a caption or a widget.
func dateKindOK(k Kind) bool {
	switch k {
	case Date, Body, Other, Metadata, Byline, Section, Deck, ScrapeHeader:
		return true
	}
	return false
}

// updateWords mark a date as the time of an update, in the languages the
// pages come in: every reader of an update's label asks this one list
// (isUpdate, updateWordAt, mayNameUpdate).
var updateWords = []string{"updat", "modif", "aktualisiert", "actualiz", "mis à jour", "revised", "edited", "refreshed", "reviewed", "aggiornat",
	"atualiz", "mise à jour", "bijgewerkt", "aktualiz", "güncelle", "обновл", "оновлен", "uppdaterad", "oppdatert", "opdateret", "päivitetty", "diperbarui",
	"frissítve", "actualitz", "dikemas kini", "ปรับปรุง", "수정", "업데이트", "更新", "cập nhật", "dikemaskini", "ενημερώθηκε", "עודכן", "تحديث", "به\u200cروز", "ažurir", "ажурир",
	// Greek's noun ("Ενημέρωση:", "Τελευταία ενημέρωση"), and both words
	// as capitals print them, without the accent ("ΕΝΗΜΕΡΩΘΗΚΕ"); Hindi's
	// ("अपडेट", "अपडेटेड", "अद्यतन")
	"ενημέρωση", "ενημερωση", "ενημερωθηκε", "अपडेट", "अद्यतन",
	// the region's: Azerbaijani, Armenian, Georgian, Kazakh, Uzbek
	"yenilən", "թարմացվ", "განახლ", "жаңартыл", "yangilan",
	// Bulgarian ("Обновено", "Актуализирано"), Estonian ("Uuendatud"),
	// Latvian ("Atjaunināts"), Lithuanian ("Atnaujinta"), Slovene
	// ("Posodobljeno"), Swahili ("Imesasishwa")
	"обновен", "актуализ", "uuendat", "atjaunin", "atnaujin", "posodob", "sasishw"}

// isUpdate reports whether the text before a date says it is an update.
func isUpdate(before string) bool {
	low := strings.ToLower(before)
	for _, w := range updateWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// findDate returns the byte offset of the first date in a short line.
func findDate(line string) (int, bool) {
	_, pos, ok := findDateStamp(line)
	return pos, ok
}

// findDateStamp finds the first full date (year, month and day) in a short
// line, with no more than four words before it: "Posted on June 29, 2020",
// "By Jane Doe | Jun 08, 2023 • 11 Minute Read". It tries the longest
// stretch of words from each word start that [dateparse.DateLine] takes.
// An author card's date past a name and a reading time is read too
// (readTimeCardDate), and a strip's update past more words
// (updateStripDate: "Door Pieter de Vries | Bijgewerkt: 6 maart 2025").
func findDateStamp(line string) (dateparse.Stamp, int, bool) {
	return findDateStampIn(line, dateparse.NoLang)
}

// findDateStampIn is findDateStamp on a page in language lang: a month's
// name that clashes ("listopada") is read as lang reads it
// ([dateparse.DateLineIn]).
func findDateStampIn(line string, lang dateparse.Lang) (dateparse.Stamp, int, bool) {
	if !digitByteIn(line) && uchar.IsASCII(line) {
		// Every reading below wants a digit, and an ASCII line has no
		// digits but ASCII ones: most lines the detectors ask about end
		// here, with no memo's hash nor three more scans.
		return dateparse.Stamp{}, 0, false
	}
	if st, pos, ok := findDateAfterIn(line, 4, lang); ok {
		return st, pos, true
	}
	if st, pos, ok := readTimeCardDate(line); ok {
		return st, pos, true
	}
	return updateStripDate(line)
}

// findDateAfterOnce is findDateStamp with at most maxBefore words before
// the date; findDateAfter is it with a memo (datefindmemo.go).
func findDateAfterOnce(line string, maxBefore int) (dateparse.Stamp, int, bool) {
	return findDateAfterOnceIn(line, maxBefore, dateparse.NoLang)
}

// findDateAfterOnceIn is findDateAfterOnce on a page in language lang
// (findDateStampIn).
func findDateAfterOnceIn(line string, maxBefore int, lang dateparse.Lang) (dateparse.Stamp, int, bool) {
	if len(line) <= maxDateLine*2 && !uchar.IsASCII(line) {
		// each reading below wants a byte past ASCII: another script's
		// digit, a full-width one, a bracketed weekday's mark
		if f, ok := dateparse.FoldDigits(line); ok {
			// "٤ مارس ٢٠٢٥", "۱۴ اسفند ۱۴۰۳": read with ASCII digits, the
			// offset mapped back to the line's
			st, pos, ok := findDateAfterIn(f, maxBefore, lang)
			return st, dateparse.UnfoldOffset(line, pos), ok
		}
		if f, ok := foldWide(line); ok {
			// "２０２５年１２月４日": read with ASCII digits, the offset
			// mapped back to the line's
			st, pos, ok := findDateAfterIn(f, maxBefore, lang)
			return st, unfoldWide(line, pos), ok
		}
		if b, ok := blankWeekdays(line); ok {
			line = b // "2025.12.04(목) 10:00": the offsets stay the line's
		}
	}
	if len(line) > maxDateLine || !digitByteIn(line) {
		return dateparse.Stamp{}, 0, false
	}
	// [dateparse.DateLine] reads no date without two runs of ASCII digits
	// (the line holds no other digits here: FoldDigits found none): a line
	// with fewer is not cut into words (stretchDate).
	var runBuf [48]int
	if runs := numberRuns(line, runBuf[:0]); len(runs) >= 2 {
		if st, pos, ok := stretchDate(line, runs, maxBefore, lang); ok {
			return st, pos, true
		}
	}
	if st, pos, ok := cjkDate(line, maxBefore); ok {
		return st, pos, true // "2025年11月17日": no spaces to find its start by
	}
	return worldDate(line, maxBefore)
}

// stretchDate is findDateAfterOnce's search of the stretches of words of
// line for the longest that [dateparse.DateLine] reads as a full date,
// from each of the first maxBefore+1 word starts; runs are the offsets of
// line's runs of ASCII digits (numberRuns), its month names read in
// language lang.
func stretchDate(line string, runs []int, maxBefore int, lang dateparse.Lang) (dateparse.Stamp, int, bool) {
	// words: how many words stand before each start. A date line is short:
	// the three lists fit in arrays on the stack (append grows them past).
	var startBuf, endBuf, wordBuf [48]int
	starts, ends, words := startBuf[:0], endBuf[:0], wordBuf[:0]
	in := false
	var prev rune
	n := 0
	for i, r := range line {
		sp := r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' || r == '|' || r == '•' || r == '·' || r == '⋅' ||
			r == '/' && (!(unicode.IsDigit(prev) && i+1 < len(line) && line[i+1] >= '0' && line[i+1] <= '9') || yearSlashCount(line, i)) // "2025/Living Healthy", "2025/0 Comments", not "09/25/2025"
		if !sp && in && (glued(prev, r) || yearRunsOn(line, starts[len(starts)-1], i)) {
			// "GiuffridaMar 5, 2025", "updated:Sep 4": a start inside
			// the word, which still counts as one
			ends, starts, words = append(ends, i), append(starts, i), append(words, n-1)
		}
		if !sp && !in {
			starts, words = append(starts, i), append(words, n)
			n++
		}
		if sp && in {
			ends = append(ends, i)
		}
		in, prev = !sp, r
	}
	if in {
		ends = append(ends, len(line))
	}
	// DateLine reads no date without two runs, and the trimming below
	// removes no digit: the stretches from s that end at or before the
	// first byte of its second run are not tried. From a later start, a
	// stretch holds no more runs than from an earlier one.
	k := 0 // runs[k] is the first run that opens after s
	for si, s := range starts {
		if words[si] > maxBefore {
			break
		}
		for k < len(runs) && runs[k] <= s {
			k++
		}
		second := k // the second run from s: a digit at s opens the first
		if !isDigit(line[s]) {
			second++
		}
		if second >= len(runs) {
			break // nor from a later start
		}
		for ei := min(len(ends)-1, si+10); ei >= si && ends[ei] > runs[second]; ei-- {
			e := ends[ei]
			if st, ok := dateparse.FullDateLineIn(trimStretch(line[s:e]), lang); ok && !frenchDesCount(line[s:e], line, e, lang) {
				return st, s, true
			}
		}
	}
	return dateparse.Stamp{}, 0, false
}

// trimStretch trims from a stretch of a line's words the punctuation
// around it, but for the full stop that closes a time's "a.m." or "p.m."
// ("Updated March 3, 2025 2:30 p.m.": without it, "p.m" reads as no
// half of the day, and the time as the morning's), in brackets too
// ("(March 3, 2025 2:30 p.m.)"). The end is trimmed, and the full stop
// given back, before the opening brackets go.
func trimStretch(s string) string {
	t := strings.TrimRight(s, ",.;:-–—)]")
	if n := len(t); n >= 3 && n < len(s) && s[n] == '.' && t[n-2] == '.' && t[n-1]|0x20 == 'm' {
		if c := t[n-3] | 0x20; c == 'a' || c == 'p' {
			t = s[:n+1]
		}
	}
	return strings.TrimLeft(t, "[(")
}

// glued reports whether a word that runs on from rune prev into r is two
// words the flattening of the page glued together: a small letter, a digit
// or a colon before a capital ("GiuffridaMar 5, 2025", "2016September",
// "Updated:Sep"), or a colon before a digit ("Date:2025-01-02"); the
// colon may be the full-width one a CJK label ends with ("发布时间：2025-12-05").
func glued(prev, r rune) bool {
	switch {
	case unicode.IsUpper(r):
		return unicode.IsLower(prev) || unicode.IsDigit(prev) || prev == ':' || prev == '：'
	case unicode.IsDigit(r):
		return prev == ':' || prev == '：'
	}
	return false
}

// yearRunsOn reports whether the word of line that starts at start is,
// up to i, a year after a day and a comma, an ordinal day or a month's
// name that the flattening glued to the digits after it ("Mar 27, 20255
// mins", "January 14, 202620 Mins Read", "May 2nd 202511 mins", "2 May
// 202511 mins"): four digits, 19xx or 20xx, a digit at i.
func yearRunsOn(line string, start, i int) bool {
	if i-start != 4 || i >= len(line) || line[i] < '0' || line[i] > '9' {
		return false
	}
	y := line[start:i]
	if (y[:2] != "19" && y[:2] != "20") || strings.Trim(y, "0123456789") != "" {
		return false
	}
	before := strings.TrimRight(line[:start], " \u00a0")
	if strings.HasSuffix(before, ",") {
		return true
	}
	prev := before[strings.LastIndexAny(before, " \u00a0")+1:]
	if _, ok := dateparse.MonthName(strings.TrimSuffix(prev, ".")); ok {
		return true // 2 May 202511
	}
	return ordinalDay(prev) // May 2nd 202511
}

// ordinalDay reports whether word is a day of the month written as an
// ordinal: "2nd", "21st", "30th".
func ordinalDay(word string) bool {
	n := len(word) - 2
	if n < 1 || n > 2 || strings.Trim(word[:n], "0123456789") != "" {
		return false
	}
	switch strings.ToLower(word[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// contentBlock reports whether a block is part of the page's content, where
// a labelled date may be the page's own: not a caption, credit, ad or list
// of other pages, not in navigation, an aside, a footer or hidden.
func contentBlock(b Block, doc *htmldoc.Doc) bool {
	switch b.Kind {
	case Caption, Credit, HeadlineList, Related, Latest, Ad, Nav:
		return false
	}
	hb := walkerOf(b, doc)
	if hb == nil {
		return false
	}
	return !hb.InNav && !hb.InAside && !hb.InFooter && !hb.Hidden
}

// isoLayouts are the machine-readable forms metadata gives dates in.
var isoLayouts = []struct {
	layout     string
	time, zone bool
}{
	{time.RFC3339Nano, true, true},
	{"2006-01-02T15:04:05Z0700", true, true},
	{"2006-01-02T15:04:05.999999999Z0700", true, true},
	{"2006-01-02T15:04Z07:00", true, true},
	{"2006-01-02 15:04:05Z07:00", true, true},
	{"2006-01-02 15:04:05 -0700", true, true},
	{"2006-01-02 15:04:05 Z0700", true, true},
	{time.RFC1123, true, true},
	{time.RFC1123Z, true, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true, true},
	{"Mon, 2 Jan 2006 15:04:05 MST", true, true},
	{time.RFC850, true, true}, // HTTP's obsolete date form, as some CMSs copy it into a meta date: "Tuesday, 04-Mar-25 10:05:00 GMT"
	{"2006-01-02T15:04:05", true, false},
	{"2006-01-02T15:04:05.999999999", true, false},
	{"2006-01-02 15:04:05", true, false},
	{"2006-01-02T15:04", true, false},
	{"2006-01-02 15:04", true, false},
	{"2006-01-02", false, false},
	{"2006/01/02", false, false},
	{"20060102", false, false},
	{"20060102150405", true, false}, // <meta name="ptime" content="20251205143000">
}

// layoutZone returns the offset of time t parsed by layout, and whether
// it has one. A layout naming its zone by abbreviation ("MST": RFC 850's,
// RFC 1123's) leaves an abbreviation time.Parse does not know at +00:00
// ("22:05:00 EST"): GMT, UTC and UT (and Go's "GMT+3") keep time.Parse's
// offset, other abbreviations take dateparse's zone table ("EST" -05:00),
// and one it does not know gives no zone.
func layoutZone(t time.Time, layout string) (int, bool) {
	name, off := t.Zone()
	if !strings.Contains(layout, "MST") || strings.HasPrefix(name, "GMT") || name == "UTC" || name == "UT" {
		return off, true
	}
	return dateparse.ParseZone(name)
}

// metaDate parses a date as metadata gives it: ISO 8601 and its common
// variants, RFC 1123, a Unix time of 10 or 13 digits, .NET's
// "/Date(ms)/" (aspNetDate), else any form a date line may take ("Oct 31, 2025",
// "Thu, 09/25/2025 - 11:38", "13/11/2025 09:21:40").
func metaDate(s string) (dateparse.Stamp, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxDateLine {
		return dateparse.Stamp{}, false
	}
	if (len(s) == 10 || len(s) == 13) && s[0] == '1' && strings.Trim(s, "0123456789") == "" {
		// a Unix time in seconds or milliseconds (<meta
		// property="article:published_time" content="1764945000">), in
		// UTC: the value names no zone
		return unixDate(s, time.UTC)
	}
	if s[0] == '/' {
		if st, ok := aspNetDate(s); ok {
			return st, true // "/Date(1741082700000)/"
		}
	}
	for _, l := range isoLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		st := dateparse.Stamp{Year: t.Year(), Month: t.Month(), Day: t.Day()}
		if l.layout == time.RFC850 {
			st.Year = dateparse.ShortYearCentury(t.Year() % 100) // "07-Dec-41" is 1941, not time.Parse's 2041
		}
		if l.time {
			st.Hour, st.Minute, st.Second, st.HasTime = t.Hour(), t.Minute(), t.Second(), true
			st.HasSecond = strings.Contains(l.layout, "05")
		}
		if l.zone {
			st.Offset, st.HasZone = layoutZone(t, l.layout)
		}
		st = commonEraYear(st)
		if st.Valid() && st.Year >= 1900 {
			return st, true
		}
		return dateparse.Stamp{}, false
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return dateparse.Stamp{Year: t.Year(), Month: t.Month(), Day: t.Day()}, true
		}
	}
	if st, _, ok := dateparse.DateLine(s); ok && st.Year != 0 && st.Day != 0 {
		return st, true
	}
	if st, _, ok := findDateStamp(s); ok {
		return st, true
	}
	return dateparse.Stamp{}, false
}

// dateLabel opens a line that says what its date is: "Published on ...",
// "First published on ...", "Posted by Jane Doe on ...", "Updated:
// 10/31/2024", "Date: ...", "Post time: 01-04-2024", and their like in
// the languages pages come in ("Atualizado em ...", "Mise à jour le ...",
// "Stand: ...", "Опубликовано: ..."); compiled on first use (package
// start-up is paid by every process), behind the test of its lead run
// (the first letter past \W*) and mayOpenDateLabel's (the label's first
// words: "Post navigation", "Last Name", "Data Science" compile nothing).
func dateLabel() *leadRunRegexp { return &dateLabelRegexp }

// dateLabelRegexp is dateLabel's regexp; dateLabelLetters are the ASCII
// letters its words open with (TestDateLabelLetters).
var dateLabelRegexp = leadRunRegexp{lead: wordLeadRun(dateLabelLetters, dateLabelWords).withWide(strings.TrimSuffix(dateLabelExpr, dateLabelEnd)), re: sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(dateLabelExpr)
}), may: mayOpenDateLabel, loose: sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(strings.TrimSuffix(dateLabelExpr, dateLabelEnd) + looseWordEndExpr)
})}

const dateLabelLetters = "abdefgijlmnopstuvyz"

// dateLabelEnd ends dateLabelExpr: the label's word ends there. The lead
// run's runes beyond ASCII are read from the expression without it (its
// \pL tables cost most of the parse, and every word is two runes or more
// before it: TestDateLabelWide).
const dateLabelEnd = wordEndExpr

// dateLabelExpr is dateLabel's expression.
const dateLabelExpr = `(?i)^\W*(?:(?:originally|first|initially|story)\s+)?(?:published|posted|submitted|filed|post\s+(?:time|date)|publish\s+date|updated|last\s+updated|last\s+modified|page\s+last\s+modified|page\s+updated|modified|date|erschienen|erstellt|veröffentlicht|aktualisiert|publié|publicado|pubblicato|publication\s+date|fecha\s+de\s+publicaci[oó]n|data\s+(?:di\s+pubblicazione|de\s+publica[cç][aã]o)|opublikowano|gepubliceerd|publicerad|julkaistu|` +
	`atualizado|actualizado|aggiornato|mise?\s+à\s+jour|mis\s+en\s+ligne|stand|bijgewerkt|zaktualizowano|aktualizacja|güncelleme|güncellendi|yayınlanma|yayınlandı|giriş\s+tarihi|oluşturulma\s+tarihi|tarih|tarix|` +
	`опубликовано|обновлено|опубліковано|оновлено|publikováno|aktualizováno|uppdaterad|publisert|oppdatert|udgivet|opdateret|päivitetty|diterbitkan|dipublikasikan|diperbarui|objavljeno|ažurirano|објављено|ажурирано|` +
	`nailathala(?:\s+noong)?|inilathala(?:\s+noong)?|imechapishwa|publiceret|публикуван[оа]?|ngày\s+đăng|发布时间|發布時間|نشر\s+في|تاریخ\s+انتشار)` + dateLabelEnd
