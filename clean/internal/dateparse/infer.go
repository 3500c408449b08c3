package dateparse

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// weekdayLag is how many days before the publish day an "on <Weekday>"
// mention may point to: wire copy reports events of the same day, or of
// the day or two before (late evening, weekends).
const weekdayLag = 2

// InferYear settles the year that a dateline's month and day leave out,
// from the article's own paragraphs, or reports that the text does not
// settle it (ok == false). The rule:
//
//  1. The candidate is the latest year the text mentions: a four-digit
//     number in 1900..2100 standing as a word ("in 2014", "January 11,
//     2021", "16.04.2021"; not "COP2021" or "2020s"), leaving out target
//     years ("by 2027", "until 2030"). No year, no answer.
//  2. Dated events must not lie in the future of the article: if the text
//     mentions a date in the candidate year ("January 11, 2021", "11 March
//     2021", "April 2021") later than the candidate's month and day (a
//     month-only mention: a later month), the candidate is rejected.
//  3. Every weekday named in "on Sunday" / "said Thursday" style (after
//     on, said, says, told, announced, stated, noted, added or reported)
//     must be the publish day or one of the two days before it in the
//     candidate year. (Every weekday falls within the six days before any
//     date, so that wider window would test nothing.)
//  4. The candidate must be anchored: the text mentions a date in the
//     candidate year at month or day precision, or names the publish
//     day's own weekday. "The conflict began in 1988" alone settles
//     nothing.
//
// Dates without a year in the text ("on November 9") are ignored. The
// month and day must be a possible date (Feb 29 only in a leap candidate).
func InferYear(month time.Month, day int, paragraphs []string) (year int, ok bool) {
	if !validDay(0, month, day) {
		return 0, false
	}
	// Without a year in the text there is no candidate: most pages are
	// told so by a byte scan, without lexing a paragraph.
	if !slices.ContainsFunc(paragraphs, holdsYear) {
		return 0, false
	}
	var sc yearScan
	if buf, ok := tokPool.Get().(*[]tok); ok {
		sc.toks = *buf
	}
	for _, p := range paragraphs {
		sc.scan(p)
	}
	buf := sc.toks[:0]
	tokPool.Put(&buf)
	cand := sc.latest
	if cand == 0 || !validDay(cand, month, day) {
		return 0, false
	}
	anchored := false
	for _, e := range sc.events {
		if e.year != cand {
			continue
		}
		if e.month > month || (e.month == month && e.day > day) {
			return 0, false
		}
		anchored = true
	}
	pub := time.Date(cand, month, day, 12, 0, 0, 0, time.UTC)
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if !sc.weekdays[wd] {
			continue
		}
		fits := false
		for lag := 0; lag <= weekdayLag; lag++ {
			if pub.AddDate(0, 0, -lag).Weekday() == wd {
				fits = true
				if lag == 0 {
					anchored = true
				}
			}
		}
		if !fits {
			return 0, false
		}
	}
	if !anchored {
		return 0, false
	}
	return cand, true
}

type event struct {
	year  int
	month time.Month
	day   int // 0: month precision
}

// yearScan collects year mentions, dated events and weekday mentions from
// prose.
type yearScan struct {
	latest   int
	events   []event
	weekdays [7]bool // named in "on <Weekday>" style
	toks     []tok
}

// tokPool keeps the token buffers of finished scans: a page's paragraphs
// give hundreds of tokens, and growing a new slice for each page was a
// quarter of the scan's time.
var tokPool sync.Pool

// targetWords mark a year as a target, not a time the story tells of: "by
// 2027", "until 2030". Such a year is not a candidate for the publish year.
var targetWords = map[string]bool{"by": true, "until": true, "till": true, "through": true, "before": true, "to": true}

var weekdayTriggers = [...]string{"on", "said", "says", "told", "announced", "stated", "noted", "added", "reported"}

// triggerInitial holds the first bytes of weekdayTriggers, lower-case and
// capitalised, and maxTriggerLen their longest length: most words fail
// one of the two tests before the loop over the triggers.
var triggerInitial = func() (t [256]bool) {
	for _, w := range weekdayTriggers {
		t[w[0]], t[w[0]-32] = true, true
	}
	return t
}()

const maxTriggerLen = len("announced")

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isUpper(r)
}

// scan adds what paragraph p mentions to the scan. It lexes only the
// tokens around what may be mentioned (scanWindows): the rest of a
// paragraph, most of it, adds nothing, and a paragraph that mentions
// nothing (no anchor: nextAnchor) is lexed not at all.
func (sc *yearScan) scan(p string) {
	sc.toks = scanWindows(p, sc.toks[:0])
	ts := tokens{p: p, t: sc.toks}
	for i := range ts.t {
		switch ts.t[i].kind {
		case tNum:
			sc.number(ts, i)
		case tWord:
			sc.word(ts, i)
		}
	}
}

// number looks at the number token i: a year mention, "D Month[,] YYYY" or
// "DD.MM.YYYY".
func (sc *yearScan) number(ts tokens, i int) {
	t := ts.t
	if ts.isYear(i) && t[i].val > sc.latest && !(i > 0 && t[i-1].kind == tWord && targetWords[strings.ToLower(ts.word(i-1))]) {
		sc.latest = t[i].val
	}
	if !ts.isNum(i, 1, 2) {
		return
	}
	if m, ok := ts.monthAt(i + 1); ok {
		k := ts.skipDot(i + 2)
		if k < len(t) && t[k].is(',') {
			k++
		}
		if ts.isYear(k) && validDay(t[k].val, m, t[i].val) {
			sc.events = append(sc.events, event{t[k].val, m, t[i].val})
		}
	}
	if i+4 < len(t) && t[i+1].is('.') && ts.isNum(i+2, 1, 2) && t[i+3].is('.') && ts.isYear(i+4) &&
		adj(t[i], t[i+1]) && adj(t[i+1], t[i+2]) && adj(t[i+2], t[i+3]) && adj(t[i+3], t[i+4]) {
		y, m, d := t[i+4].val, time.Month(t[i+2].val), t[i].val
		if validDay(y, m, d) {
			sc.events = append(sc.events, event{y, m, d})
		}
	}
}

// word looks at the word token i: "Month D[,] YYYY", "Month YYYY", "Month
// of YYYY", or a weekday named in "on <Weekday>" style.
func (sc *yearScan) word(ts tokens, i int) {
	t := ts.t
	w := ts.word(i)
	// A word that opens with an ASCII byte other than a capital is no
	// month name (monthAt wants it capitalised), told without decoding.
	// Nor is a capitalised word of ASCII letters whose initial no month
	// has, or whose length no name has (MonthName's own first tests,
	// without the calls: a word token holds no full stop to trim).
	if c := w[0]; (c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' && monthInitial[c] && len(w) >= 3 && len(w) <= 9) && sc.month(ts, i) {
		return
	}
	if i+1 >= len(t) || t[i+1].kind != tWord || len(w) > maxTriggerLen || !triggerInitial[w[0]] || !isTrigger(w) {
		return
	}
	next := ts.word(i + 1)
	if wd, ok := Weekday(next); ok && len(next) > 4 && capitalised(next) {
		sc.weekdays[wd] = true
	}
}

// isTrigger reports whether w is one of weekdayTriggers, lower-case or
// with its first letter a capital, by one compare for its length.
func isTrigger(w string) bool {
	var trig string
	switch len(w) {
	case 2:
		trig = "on"
	case 4:
		switch w[1] {
		case 'a':
			trig = "said"
			if w[3] == 's' {
				trig = "says"
			}
		default:
			trig = "told"
		}
	case 5:
		trig = "noted"
		if w[1] == 'd' {
			trig = "added"
		}
	case 6:
		trig = "stated"
	case 8:
		trig = "reported"
	case 9:
		trig = "announced"
	default:
		return false
	}
	return w == trig || w[0] == trig[0]-32 && w[1:] == trig[1:]
}

// month reads "Month D[,] YYYY", "Month YYYY" or "Month of YYYY" at the
// word token i, and reports whether the word names a month.
func (sc *yearScan) month(ts tokens, i int) bool {
	t := ts.t
	if m, ok := ts.monthAt(i); ok {
		k := ts.skipDot(i + 1)
		switch {
		case ts.isNum(k, 1, 2):
			d := t[k].val
			k++
			if k < len(t) && t[k].is(',') {
				k++
			}
			if ts.isYear(k) && validDay(t[k].val, m, d) {
				sc.events = append(sc.events, event{t[k].val, m, d})
			}
		case ts.isYear(k):
			sc.events = append(sc.events, event{t[k].val, m, 0})
		case k+1 < len(t) && t[k].kind == tWord && ts.word(k) == "of" && ts.isYear(k+1):
			sc.events = append(sc.events, event{t[k+1].val, m, 0})
		}
		return true
	}
	return false
}

// tokens are a paragraph's tokens with the paragraph.
type tokens struct {
	p string
	t []tok
}

func (ts tokens) word(i int) string { return ts.p[ts.t[i].start:ts.t[i].end] }

// isNum reports whether token i is a number of minD to maxD digits.
func (ts tokens) isNum(i, minD, maxD int) bool {
	return i < len(ts.t) && ts.t[i].kind == tNum && ts.t[i].digits() >= minD && ts.t[i].digits() <= maxD
}

// isYear reports whether token i is a year standing as a word ("2021", not
// "COP2021" or "2020s").
func (ts tokens) isYear(i int) bool {
	t := ts.t
	if !ts.isNum(i, 4, 4) || !yearOK(t[i].val) {
		return false
	}
	if i > 0 && t[i-1].kind == tWord && adj(t[i-1], t[i]) {
		return false
	}
	return !(i+1 < len(t) && t[i+1].kind == tWord && adj(t[i], t[i+1]))
}

// monthAt returns the month that the capitalised word token i names.
func (ts tokens) monthAt(i int) (time.Month, bool) {
	if i >= len(ts.t) || ts.t[i].kind != tWord || !capitalised(ts.word(i)) {
		return 0, false
	}
	return MonthName(ts.word(i))
}

// skipDot steps over a full stop glued to token i-1 ("Nov.").
func (ts tokens) skipDot(i int) int {
	if i < len(ts.t) && ts.t[i].is('.') && adj(ts.t[i-1], ts.t[i]) {
		return i + 1
	}
	return i
}

// weekdayBeforeDay holds the letters before "day" in a weekday's name, in
// either case (suNday, moNday, tueSday, wedneSday, thurSday, frIday,
// satuRday): "today", "holiday"'s paragraphs are not lexed for a weekday.
// Weekday takes a name of five or more bytes only in full, and only of
// ASCII letters in some case (strings.EqualFold folds no other byte to
// the same number of bytes of a name).
var weekdayBeforeDay = func() (t [256]bool) {
	for _, name := range weekdayNames {
		c := name[len(name)-4]
		t[c], t[c-32] = true, true
	}
	return t
}()

// holdsYear reports whether p holds a run of exactly four ASCII digits
// that reads as a year (yearOK): every year token the lexer gives is one.
func holdsYear(p string) bool {
	run := 0
	for i := 0; i < len(p); i++ {
		for run == 0 && i+8 <= len(p) && quietWord(binary.LittleEndian.Uint64([]byte(p[i:i+8])), false) {
			i += 8 // eight bytes without a digit
		}
		if i >= len(p) {
			break
		}
		if c := p[i]; c >= '0' && c <= '9' {
			run++
			continue
		}
		if run == 4 && yearRun(p[i-4:i]) {
			return true
		}
		run = 0
	}
	return run == 4 && yearRun(p[len(p)-4:])
}

// quietWord reports whether the eight bytes of w (little-endian) hold no
// ASCII digit and, with y, no "y" or "Y": the byte tests of nextAnchor and
// holdsYear for a whole word. Each byte is tested on its own (no carry
// runs from one byte into the next), so the answer is exact.
func quietWord(w uint64, y bool) bool {
	const (
		highs = 0x8080808080808080
		lows  = 0x7f7f7f7f7f7f7f7f
	)
	x := w & lows // a byte's high bit, where set, is no digit and no "y"
	ascii := ^w & highs
	digit := (x + 0x5050505050505050) &^ (x + 0x4646464646464646) & ascii // 0x30 <= x < 0x3a
	if !y {
		return digit == 0
	}
	z := (w | 0x2020202020202020) ^ 0x7979797979797979 // zero where "y" or "Y"
	isY := ^((z&lows + lows) | z) & highs
	return digit|isY == 0
}

// yearRun reports whether the four digits d read as a year (yearOK).
func yearRun(d string) bool {
	v := int(d[0]-'0')*1000 + int(d[1]-'0')*100 + int(d[2]-'0')*10 + int(d[3]-'0')
	return yearOK(v)
}
