package dateparse

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"time"
	"unicode"
)

// maxLineTokens bounds the tokens of a date line; a line with more tokens
// is prose, not a date line, and is rejected as soon as that is clear.
const maxLineTokens = 24

// DateLine parses a line that consists only of a publish date, with or
// without a time of day, in one of the forms news pages print:
//
//	25 May 2023 - 23:12                 14.11.2024 | 17:08
//	11.09.2023, 10:16                   13:43, 05.05.2017
//	16:05, 19 December, 2020            24 June 2024 11:39 (UTC+04:00)
//	# 28 October 2023 18:50 (UTC +04:00)
//	Politics Materials 27 August 2025 11:21 (UTC +04:00)
//	September 22, 2022 14:07            - 09 November, 2025
//	May 25, 2023 - 14:30 AMT            25 May 2023 - 14:30 AMT
//	24.02.2022 [10:53]                  17 May, 2018 14:24
//	19 Sep 2023 14:37                   6 October 2023
//	October 6, 2023                     27/05/2021 12:08
//	December 06 2024, 17:27             2020.03.17 18:13 GMT
//	Published October 16,2020           Thursday, April 17 2025 11:52
//	14 October 2020 [16:08] - TODAY.AZ  06 June 2023    Read: 1027
//	5 Dec. 11:00 (UTC+3 MSK)            2026-01-23 03:19:31
//	12/26/2023 3:10:01 PM               02 Սեպտեմբեր 2019 | 17:00
//	19-Dec-2025 10:45                   04-aug-2021
//	5. März 2025                        5 de marzo de 2025
//	2025. március 4. 10:15              2025-03-04T10:15:00+02:00
//	Selasa, 4 Maret 2025 10:15 WIB      Dienstag, 4. März 2025
//	Tue 4 Mar 2025 10.15 GMT            4. 3. 2025 10:15
//
// Month names may be English, Armenian or of the languages [foreignMonths]
// lists (French, Spanish, Portuguese, Italian, German, Dutch, Polish,
// Turkish, Russian) or of those [moreMonths] lists; a weekday may be
// English or of the languages [foreignWeekdays] lists.
//
// A section label in capitals may come first ("CHRONICLE  25 May 2023 -
// 23:12"), as may Trend's "<Section> Materials"; label is that section,
// trimmed ("CHRONICLE", or "Politics" for "Politics Materials"), or "".
// A leading "#", "- ", "• " or pictograph ("📅"), a weekday ("Thursday, ") and "Published"
// are skipped. A zone marker after the time sets HasZone: "(UTC +04:00)",
// "(UTC+04:00)", "(GMT +4)", "(UTC+3 MSK)", "AMT", "AZT" and "GET"
// (+04:00), "MSK" and "TRT" (+03:00), "GMT" and "UTC" (+00:00), the
// common European and US abbreviations (CET, CEST, EET, EEST, BST, EST,
// EDT, CST, CDT, PST, PDT) and Asian and Pacific ones (PKT, ICT, WIB,
// WITA, WIT, HKT, SGT, MYT, PHT, JST, KST, AEST, AEDT, SAST); a final ET, CT, MT or PT after "AM" or "PM"
// is read as no zone. A trailing "- TODAY.AZ"-style site mark,
// "Read: N" / "Views: N" counter or comma is allowed, as are ordinals
// ("20th November 2019"), "at" before the time ("November 19, 2019 at
// 9:03 am") and a zone between a leading time and the date ("7:07 PM EST
// Nov 19, 2019").
//
// Digits of the Arabic, Persian, Devanagari, Bengali and Thai scripts
// read as ASCII digits ([FoldDigits]).
//
// Numeric dates are day first (DD.MM.YYYY, DD/MM/YYYY, DD-MM-YYYY, and
// DD.MM.YY with both numbers of two digits: "14.11.24") except
// YYYY.MM.DD / YYYY-MM-DD, dates that can only be month first (12/26/2023,
// 06.18.2025), and slashed dates that carry AM/PM. A date that puts its
// day first may close with a full stop after the year, as Croatian,
// Serbian and Bosnian pages print it ("14. ožujka 2024. u 10:32", "14. 3.
// 2024."). Seconds are accepted and dropped.
// A date without a year is accepted only when a time follows it
// ("5 Dec. 11:00 (UTC+3 MSK)"); a bare "August 27" is not a date line, nor
// is a bare "17:08" (see [TimeOnly]). Years outside 1900..2100 and
// impossible dates are rejected, as is any line longer than [MaxLineLen].
func DateLine(line string) (st Stamp, label string, ok bool) { return DateLineIn(line, NoLang) }

// levantWords returns line with the Levant's two-word month names
// ("كانون الثاني", January; "تشرين الأول", October) written as the one
// word the month lists hold for each (levantMonths holds them for a
// wire's dateline); line itself where it holds none
// (two byte searches for most lines).
func levantWords(line string) string {
	if !strings.Contains(line, "كانون") && !strings.Contains(line, "تشرين") {
		return line
	}
	return levantReplacer.Replace(line)
}

var levantReplacer = strings.NewReplacer(
	"كانون الثاني", "يناير", "كانون الأول", "ديسمبر",
	"تشرين الأول", "أكتوبر", "تشرين الثاني", "نوفمبر",
	"كانون ثاني", "يناير", "كانون أول", "ديسمبر",
	"تشرين أول", "أكتوبر", "تشرين ثاني", "نوفمبر")

// readDateLine is DateLine after its cheap tests: line has digits folded,
// and is of a date line's length.
func readDateLine(line string) (st Stamp, label string, ok bool) { return readDateLineIn(line, NoLang) }

// readDateLineIn is readDateLine on a page in language lang ([DateLineIn]).
func readDateLineIn(line string, lang Lang) (st Stamp, label string, ok bool) {
	line = levantWords(line) // كانون الأول
	line = pairedMonth(line) // آذار/مارس
	if st, ok := isoLine(line); ok {
		return st, "", true
	}
	var buf [maxLineTokens]tok
	n, ok := lexInto(line, &buf)
	if !ok {
		return Stamp{}, "", false
	}
	p := lineParser{s: line, t: buf[:n], lang: lang}
	st, ls, le, ok := p.parse()
	if !ok {
		if st, ok := otherDateLine(line, lang); ok {
			return st, "", true
		}
		return Stamp{}, "", false
	}
	// The label is cut here, from line, so that nothing derived from p
	// (which points at buf) leaves: buf stays on the stack.
	return st, strings.TrimSpace(line[ls:le]), true
}

// TimeOnly reports whether the line holds only a time of day: "17:08",
// "- 13:51" (report.az's bullet), " 18:43," (a reprint that lost its
// date), "3:10:01 PM". Sidebars and "latest news" lists print such lines
// next to headlines; they are never a publish date by themselves.
func TimeOnly(line string) bool {
	if len(line) < 4 || len(line) > 40 || !hasDigit(line) {
		return false
	}
	var buf [maxLineTokens]tok
	n, ok := lexInto(line, &buf)
	if !ok {
		return false
	}
	p := lineParser{s: line, t: buf[:n]}
	i := 0
	if i < n && (p.t[i].is('-') || p.t[i].is('•')) {
		i++
	}
	_, _, j, ok := p.clock(i)
	if !ok {
		return false
	}
	if j < n && p.t[j].is(',') {
		j++
	}
	return j == n
}

// maxLineWords bounds the blank-separated words of a date line; the
// longest forms ("Politics Materials 27 August 2025 11:21 (UTC +04:00)",
// "Wednesday 20 November 2019 9:22 a.m. - TODAY.AZ") have fewer.
const maxLineWords = 14

// shortWithDigit is the cheap first test of a date line: it has a digit
// and at most maxLineWords blank-separated words. Prose fails it within
// its first few dozen bytes.
func shortWithDigit(s string) bool { return shortWithNumbers(s, 1) }

// shortWithNumbers is shortWithDigit with at least runs runs of ASCII
// digits (numbers). Every date line DateLine reads holds two: a date has
// its day and a year ("4 March 2025", "04.03.2025"), or its day and a
// time of day, whose hour and minute are two more ("Nov 19 9:03 am",
// "오후 2:05"); a Thai line's day and year are two fields, a Hijri line's
// Gregorian date and a line of a publication and its update hold a date
// line each (twoNumbers). A number token is a run of digits (lexer.next),
// so a line with one run ("© 2019", "Nov 18", "$10 Off", two thirds of
// the lines that pass shortWithDigit on AEB's pages) is turned down
// before it is tokenised and parsed twice over; TestDateLineTwoNumbers
// holds the claim to the tables.
func shortWithNumbers(s string, runs int) bool {
	// Eight bytes at a time: a mask of the blanks and one of the digits
	// (the high bit of each byte), and the word and run starts counted
	// from them and the byte before. A word or a run only adds to the
	// counts, so the test of the words after each eight bytes turns down
	// what a test after each byte would.
	n, words := 0, 0
	prevBlank, prevDigit := uint64(0x80), uint64(0) // the line opens as after a blank
	for i := 0; i < len(s); i += 8 {
		var x uint64
		if i+8 <= len(s) {
			x = binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		} else {
			buf := [8]byte{' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '} // blanks open no word nor run
			copy(buf[:], s[i:])
			x = binary.LittleEndian.Uint64(buf[:])
		}
		blank := bytesEqual(x, ' ') | bytesEqual(x, '\t')
		digit := asciiDigits(x)
		words += bits.OnesCount64(highBits &^ blank & (blank<<8 | prevBlank))
		n += bits.OnesCount64(digit &^ (digit<<8 | prevDigit))
		if words > maxLineWords {
			return false
		}
		prevBlank, prevDigit = blank>>56, digit>>56
	}
	return n >= runs
}

// highBits and lowBits are each byte's high bit and its seven others.
const (
	highBits = 0x8080808080808080
	lowBits  = 0x7f7f7f7f7f7f7f7f
	oneBytes = 0x0101010101010101
)

// bytesEqual returns the high bit of each byte of x that is c.
func bytesEqual(x uint64, c byte) uint64 {
	y := x ^ oneBytes*uint64(c)
	return ^((y&lowBits + lowBits) | y) & highBits
}

// asciiDigits returns the high bit of each byte of x that is an ASCII
// digit: at least '0' and below '9'+1 (the sums carry into no other byte),
// and no byte of 0x80 or more.
func asciiDigits(x uint64) uint64 {
	a := x & lowBits
	return (a + oneBytes*(0x80-'0')) &^ (a + oneBytes*(0x80-'9'-1)) &^ x & highBits
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// lexInto tokenises s into buf; ok is false when s has more tokens than
// buf holds.
func lexInto(s string, buf *[maxLineTokens]tok) (n int, ok bool) {
	lx := lexer{s: s}
	for {
		t, more := lx.next()
		if !more {
			return n, true
		}
		if n == len(buf) {
			return 0, false
		}
		buf[n] = t
		n++
	}
}

type lineParser struct {
	s        string
	t        []tok
	yearless bool // a month and day without year or time is a date ([MonthDayLine])
	lang     Lang // the page's language, for the month names that clash ([lineParser.month])
}

func (p *lineParser) word(i int) string { return p.s[p.t[i].start:p.t[i].end] }

func (p *lineParser) isWord(i int, w string) bool {
	return i < len(p.t) && p.t[i].kind == tWord && strings.EqualFold(p.word(i), w)
}

func (p *lineParser) punct(i int, r rune) bool { return i < len(p.t) && p.t[i].is(r) }

func adj(a, b tok) bool { return a.end == b.start }

// hasAMPM reports whether the line has AM or PM, also spelled "a.m."
// and "p.m." as American papers print it: its slashed date is then month
// first.
func (p *lineParser) hasAMPM() bool {
	for i := range p.t {
		if p.isWord(i, "am") || p.isWord(i, "pm") {
			return true
		}
		if (p.isWord(i, "a") || p.isWord(i, "p")) && p.punct(i+1, '.') && p.isWord(i+2, "m") && p.punct(i+3, '.') &&
			adj(p.t[i], p.t[i+1]) && adj(p.t[i+1], p.t[i+2]) {
			return true
		}
	}
	return false
}

// hasClock reports whether the line has a time of day: an hour, a colon
// and two digits, adjacent ("10:15", "02:57PM").
func (p *lineParser) hasClock() bool {
	for i := 0; i+2 < len(p.t); i++ {
		if p.t[i].kind == tNum && p.t[i].digits() <= 2 && p.t[i+1].is(':') && p.t[i+2].kind == tNum && p.t[i+2].digits() == 2 &&
			adj(p.t[i], p.t[i+1]) && adj(p.t[i+1], p.t[i+2]) {
			return true
		}
	}
	return false
}

// parse parses the whole line; the label, if any, is line[ls:le].
func (p *lineParser) parse() (st Stamp, ls, le int, ok bool) {
	i := 0
	if p.punct(i, '#') || p.punct(i, '-') || p.punct(i, '•') || p.punct(i, '*') {
		i++
	} else if p.icon(i) {
		i++ // 📅 Jul. 11. 2025
		if i < len(p.t) && p.word(i) == "\ufe0f" {
			i++ // the emoji's variation selector
		}
	}
	if st, ok := p.core(i); ok {
		return st, 0, 0, true
	}
	if j, ls, le := p.label(i); j > i {
		if st, ok := p.core(j); ok {
			return st, ls, le, true
		}
	}
	return Stamp{}, 0, 0, false
}

// icon reports whether token i is a pictograph, which a page may print
// before its date (a calendar's or a clock's: "📅", "🕒", "⏰").
func (p *lineParser) icon(i int) bool {
	return i < len(p.t) && p.t[i].kind == tPunct && p.t[i].val >= 0x2000 && unicode.Is(unicode.So, rune(p.t[i].val))
}

// label recognises a leading section: Trend's "<Section> Materials" (label
// = the section) or one to three words in capitals ("CHRONICLE").
// It returns the index after the label and the label's byte span.
func (p *lineParser) label(i int) (j, ls, le int) {
	t := p.t
	for k := i + 1; k < len(t) && k <= i+5; k++ {
		if t[k].kind == tNum {
			break
		}
		if t[k].kind == tWord && p.word(k) == "Materials" {
			return k + 1, int(t[i].start), int(t[k-1].end)
		}
	}
	k := i
	for k < len(t) && k < i+3 && t[k].kind == tWord && t[k].digits() >= 2 && allCaps(p.word(k)) {
		k++
	}
	if k > i {
		return k, int(t[i].start), int(t[k-1].end)
	}
	return i, 0, 0
}

func allCaps(w string) bool {
	for _, r := range w {
		if r < 0x80 {
			if r < 'A' || r > 'Z' {
				return false
			}
		} else if !isUpper(r) {
			return false
		}
	}
	return true
}

// core parses [Published] [Weekday[,]] then date [sep] [time] or
// time[,] date, then suffixes, to the end of the line.
func (p *lineParser) core(i int) (Stamp, bool) {
	t := p.t
	var st Stamp
	if p.isWord(i, "Published") {
		i++
	} else if i < len(t) && t[i].kind == tWord && pubLabel(p.word(i)) {
		i++ // 입력 2025.03.04. 오후 2:05; प्रकाशित: 04 मार्च 2025
		if p.punct(i, ':') {
			i++
		}
	}
	if i < len(t) && t[i].kind == tWord {
		// another language's weekday is followed by its comma or the
		// date's number ("Dienstag, 4. März"): the look-up is spared the
		// words of prose
		_, ok := Weekday(p.word(i))
		if !ok && (i+1 == len(t) || t[i+1].kind != tWord) {
			_, ok = foreignWeekday(p.word(i))
		}
		if ok {
			i++
			if p.punct(i, ',') {
				i++
			}
		} else if j := p.weekdayAt(i); j > i+1 && j < len(t) && t[j].kind != tWord {
			i = j // Persian's "سه‌شنبه ۱۴ اسفند", Azerbaijani's "Çərşənbə axşamı, 4 mart"
			if p.punct(i, ',') {
				i++
			}
		} else if j := p.vietWeekday(i); j > i {
			i = j // Thứ ba, 4/3/2025
			if p.punct(i, ',') {
				i++
			}
		}
	}
	if h, m, sec, j, ok := p.clockSec(i); ok {
		st = Stamp{Hour: h, Minute: m, Second: max(sec, 0), HasSecond: sec >= 0, HasTime: true}
		if k, off, zone := p.suffix(j); zone {
			st.Offset, st.HasZone, j = off, true, k // 7:07 PM EST Nov 19, 2019
		}
		if p.punct(j, ',') || p.punct(j, '-') || p.punct(j, '|') {
			j++
		} else if p.isWord(j, "ngày") {
			j++ // Vietnamese's day before the date: "14:22 ngày 05/03/2025"
		}
		y, mo, d, k, ok := p.date(j)
		if !ok || y == 0 {
			return Stamp{}, false
		}
		st.Year, st.Month, st.Day = y, mo, d
		i = p.afterYear(k)
	} else {
		y, mo, d, k, ok := p.date(i)
		if !ok {
			return Stamp{}, false
		}
		st = Stamp{Year: y, Month: mo, Day: d}
		i = p.afterYear(k)
		j := i
		if p.punct(j, ',') || p.punct(j, '-') || p.punct(j, '|') {
			j++
		}
		if k := p.weekdayAt(j); k > j && st.Year != 0 {
			// a weekday after the date: "4 mart 2025, çərşənbə axşamı,
			// 10:15"
			j = k
			if p.punct(j, ',') || p.punct(j, '-') {
				j++
			}
			i = j
		}
		j = p.atWord(j) // November 19, 2019 at 9:03 am; 4 mars 2025 à 10h15
		if h, m, sec, k, ok := p.clockSec(j); ok {
			st.Hour, st.Minute, st.HasTime = h, m, true
			st.Second, st.HasSecond = max(sec, 0), sec >= 0
			i = k
		} else if p.punct(j, '[') {
			if h, m, sec, k, ok := p.clockSec(j + 1); ok && p.punct(k, ']') {
				st.Hour, st.Minute, st.HasTime = h, m, true
				st.Second, st.HasSecond = max(sec, 0), sec >= 0
				i = k + 1
			}
		}
		if st.Year == 0 && !st.HasTime && !p.yearless {
			return Stamp{}, false
		}
	}
	for i < len(t) {
		k, off, zone := p.suffix(i)
		if k <= i {
			return Stamp{}, false
		}
		if zone {
			if !st.HasTime {
				return Stamp{}, false
			}
			st.Offset, st.HasZone = off, true
		}
		i = k
	}
	if !st.Valid() {
		return Stamp{}, false
	}
	return st, true
}

func yearOK(y int) bool { return y >= 1900 && y <= 2100 }

// thaiEraYear reports whether y, under slashes after a day and a month,
// is a year of the Buddhist era from 2533 (1990) to 2643 (2100): from
// 2533 on, no two-digit year glued to an hour ("12/9/2511:01 PM", 25 and
// 11 o'clock) reads as one.
func thaiEraYear(y int) bool { return y >= 2533 && yearOK(y-543) }

// date parses one calendar date starting at token i and returns the index
// after it. y is 0 for "D Month" / "Month D" without a year.
func (p *lineParser) date(i int) (y int, m time.Month, d int, j int, ok bool) {
	t := p.t
	if i >= len(t) {
		return
	}
	a := t[i]
	switch a.kind {
	case tNum:
		if i+4 < len(t) && t[i+1].kind == tPunct && t[i+2].kind == tNum &&
			t[i+3].kind == tPunct && t[i+3].val == t[i+1].val && t[i+4].kind == tNum &&
			adj(a, t[i+1]) && adj(t[i+1], t[i+2]) && adj(t[i+2], t[i+3]) && adj(t[i+3], t[i+4]) {
			sep := t[i+1].val
			if sep != '.' && sep != '/' && sep != '-' {
				return
			}
			b, c := t[i+2], t[i+4]
			switch {
			case a.digits() == 4 && b.digits() <= 2 && c.digits() <= 2:
				y, m, d = a.val, time.Month(b.val), c.val
			case a.digits() == 3 && minguoYear(a.val) && minguoParts(sep, b, c) && p.lang == TaiwanChinese:
				y, m, d = a.val+minguoBase, time.Month(b.val), c.val // 114/03/04: Taiwan's Minguo year (minguo.go)
			case a.digits() <= 2 && b.digits() <= 2 && c.digits() == 4:
				// D.M.YYYY, D/M/YYYY, D-M-YYYY; month first where the
				// second can be no month (06.18.2025, 09-25-2025) or, with
				// slashes, by a 12-hour clock
				y, m, d = c.val, time.Month(b.val), a.val
				if a.val <= 12 && (b.val > 12 || sep == '/' && p.hasAMPM()) {
					m, d = time.Month(a.val), b.val
				}
				if sep == '/' && thaiEraYear(y) {
					y -= 543 // a Thai page's Buddhist-era year: 05/12/2568
				}
			case c.digits() == 2 && (sep == '.' && a.digits() == 2 && b.digits() == 2 || sep == '/' && p.hasClock()):
				// DD.MM.YY ("14.11.24"), day first, the century the
				// nearer: 00-69 this one, 70-99 the last. With slashes
				// ("04/03/25 10:15", "07/03/24 02:57 PM", "3/12/24
				// 4:40PM", day and month of one digit or two) the order
				// is the page's, and only a clock on the line tells it: a
				// 12-hour clock is America's, month first; a 24-hour one
				// the region's and Europe's, day first; a number over 12
				// is the day whatever the clock. Without a clock the
				// slashes are read as no date ("Expires 01/01/26", a
				// list's "11/18/22", "1/2/25"): too often a code, a
				// price's term or a date in the other order.
				y, m, d = 2000+c.val, time.Month(b.val), a.val
				if c.val >= 70 {
					y -= 100
				}
				if sep == '/' && a.val <= 12 && (b.val > 12 || p.hasAMPM()) {
					m, d = time.Month(a.val), b.val
				}
			default:
				return
			}
			j = i + 5
			if sep == '.' && (a.digits() == 4 || c.digits() == 4) && p.punct(j, '.') && adj(t[j-1], t[j]) && (j+1 == len(t) || !adj(t[j], t[j+1])) {
				j++ // 2025.03.04. as Korean and Hungarian pages close it, 04.03.2025. as Serbian and Croatian ones
			}
			if j < len(t) && adj(t[j-1], t[j]) && !t[j].is(',') {
				return // 12.05.2023.5, 2023-05-12T...: not one of ours
			}
			ok = yearOK(y) && validDay(y, m, d)
			return
		}
		if a.digits() <= 2 && i+4 < len(t) && t[i+1].is('.') && t[i+2].kind == tNum && t[i+2].digits() <= 2 &&
			t[i+3].is('.') && t[i+4].kind == tNum && t[i+4].digits() == 4 &&
			adj(a, t[i+1]) && !adj(t[i+1], t[i+2]) && adj(t[i+2], t[i+3]) && !adj(t[i+3], t[i+4]) {
			// 4. 3. 2025: day and month with their full stops, spaced, as
			// Czech and Slovak print them
			y, m, d, j = t[i+4].val, time.Month(t[i+2].val), a.val, p.yearStop(i+5)
			if j < len(t) && adj(t[j-1], t[j]) && !t[j].is(',') {
				return
			}
			ok = yearOK(y) && validDay(y, m, d)
			return
		}
		if a.digits() <= 2 && i+4 < len(t) && t[i+1].is('-') && t[i+2].kind == tWord && t[i+3].is('-') &&
			t[i+4].kind == tNum && t[i+4].digits() == 4 &&
			adj(a, t[i+1]) && adj(t[i+1], t[i+2]) && adj(t[i+2], t[i+3]) && adj(t[i+3], t[i+4]) {
			// 19-Dec-2025, 04-ago-2021: the month's name between hyphens
			mo, isMonth := p.month(p.word(i + 2))
			if !isMonth {
				return
			}
			y, m, d, j = t[i+4].val, mo, a.val, i+5
			if j < len(t) && adj(t[j-1], t[j]) && !t[j].is(',') {
				return // 19-Dec-2025x: not one of ours
			}
			ok = yearOK(y) && validDay(y, m, d)
			return
		}
		if y, m, d, j, ok = p.spacedYearFirst(i); j > i {
			return // 2025. 3. 5.
		}
		if y, m, d, j, ok = p.romanMonth(i); j > i {
			return // 5.XII.2025, 5 XII 2025
		}
		if y, m, d, j, ok = p.yearFirst(i); j > i {
			return // 2025. március 4.
		}
		if y, m, d, j, ok = p.vietDate(i); j > i {
			return // 4 tháng 3, 2025
		}
		if k := p.dayEnd(i); k > i {
			if p.ordinal(k) {
				k++ // 20th November
				if p.isWord(k, "of") {
					k++ // 20th of November
				}
			} else if p.punct(k-1, '-') && p.ordinalEnding(k) {
				k++ // Turkmen: 5-nji noýabr
			}
			switch {
			case p.isWord(k, "de"):
				k++ // 5 de marzo de 2025
			case p.isWord(k, "ta") && (p.punct(k+1, '\'') || p.punct(k+1, '’')) && adj(t[k], t[k+1]):
				k += 2 // Maltese: 5 ta' Diċembru 2025
			case p.isWord(k, "d") && (p.punct(k+1, '\'') || p.punct(k+1, '’')) && adj(t[k], t[k+1]) && k+2 < len(t) && adj(t[k+1], t[k+2]):
				k += 2 // Catalan: 19 d'agost de 2025
			}
			if k >= len(t) || t[k].kind != tWord {
				return
			}
			mo, isMonth := p.month(p.word(k))
			if !isMonth {
				return
			}
			d, m, j = a.val, mo, k+1
			if p.punct(j, '.') && adj(t[j-1], t[j]) {
				j++
			}
			if (p.isWord(j, "de") || p.isWord(j, "соли")) && j+1 < len(t) && t[j+1].kind == tNum {
				j++ // 5 de marzo de 2025; Tajik: 5 октябри соли 2025
			}
			if j = p.year(j, &y); y != 0 {
				j = p.yearStop(j) // 14. ožujka 2024.
			}
			ok = (y == 0 || yearOK(y)) && validDay(y, m, d)
			return
		}
	case tWord:
		mo, isMonth := p.month(p.word(i))
		if !isMonth {
			return
		}
		j = i + 1
		if yy, dd, k := p.hyphenedMonthFirst(j); k > j {
			// Mar-27-2024: as exporters' site builders print "Post time:"
			y, m, d, j = yy, mo, dd, k
			ok = yearOK(y) && validDay(y, m, d)
			return
		}
		if p.punct(j, '.') && adj(t[j-1], t[j]) {
			j++
		}
		if j >= len(t) || t[j].kind != tNum || t[j].digits() > 2 {
			return
		}
		d, m = t[j].val, mo
		j++
		if p.ordinal(j) {
			j++ // November 20th
		}
		j = p.year(j, &y)
		ok = (y == 0 || yearOK(y)) && validDay(y, m, d)
	}
	return
}

// dayEnd returns the index after a day's number at i that a word
// follows, past a full stop glued to it ("5. März 2025"), or i when none.
func (p *lineParser) dayEnd(i int) int {
	t := p.t
	switch {
	case t[i].digits() > 2 || i+1 >= len(t):
	case t[i+1].kind == tWord:
		return i + 1
	case t[i+1].is('.') && adj(t[i], t[i+1]) && i+2 < len(t) && t[i+2].kind == tWord:
		return i + 2
	case t[i+1].is('-') && adj(t[i], t[i+1]) && i+2 < len(t) && t[i+2].kind == tWord && adj(t[i+1], t[i+2]):
		return i + 2 // Uzbek's "4-mart"
	}
	return i
}

// ordinal reports whether token i is an English ordinal suffix glued to
// the number before it ("20th", "1st"), or French's for the first day
// alone ("1er décembre").
func (p *lineParser) ordinal(i int) bool {
	if i <= 0 || i >= len(p.t) || p.t[i].kind != tWord || !adj(p.t[i-1], p.t[i]) || p.t[i-1].kind != tNum {
		return false
	}
	w := p.word(i)
	if strings.EqualFold(w, "er") {
		return p.t[i-1].val == 1 && p.t[i-1].digits() == 1
	}
	return strings.EqualFold(w, "st") || strings.EqualFold(w, "nd") || strings.EqualFold(w, "rd") || strings.EqualFold(w, "th")
}

// year reads an optional "[,] YYYY" or "[,] 'YY" (shortYear) at j and
// returns the index after it;
// a full stop glued to the day may stand for the comma ("Jul. 11. 2025"),
// as Burmese's "၊" does ("ဒီဇင်ဘာ ၅၊ ၂၀၂၅").
func (p *lineParser) year(j int, y *int) int {
	k := j
	if p.punct(k, ',') || p.punct(k, '၊') || p.punct(k, '.') && k > 0 && adj(p.t[k-1], p.t[k]) && p.t[k-1].kind == tNum {
		k++
	}
	if k < len(p.t) && p.t[k].kind == tNum && p.t[k].digits() == 4 && !p.punct(k+1, ':') {
		*y = p.t[k].val
		return k + 1
	}
	if sy, e := p.shortYear(k); e > k {
		*y = sy // Mar 4 '25
		return e
	}
	return j
}

// yearStop returns the index after a full stop glued to the year that
// ends at j (the year is token j-1), or j when there is none: Croatian,
// Serbian and Bosnian close a date that puts its day first with one ("14.
// ožujka 2024.", "14. 3. 2024. u 10:32", "14. марта 2024."), as the
// compact "14.03.2024." does. A stop with something glued after it
// ("2024.5") is no such stop.
func (p *lineParser) yearStop(j int) int {
	t := p.t
	if p.punct(j, '.') && adj(t[j-1], t[j]) && (j+1 == len(t) || !adj(t[j], t[j+1])) {
		return j + 1
	}
	return j
}

func isUpper(r rune) bool { return unicode.IsUpper(r) }

// romanMonths are the months in Roman numerals, January first, as Polish,
// Hungarian, Czech and Romanian pages may print them between the day and
// the year ("5.XII.2025", "5 XII 2025").
var romanMonths = [...]string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

// romanMonth reads a day at i, a month in capital Roman numerals and a
// year of four digits, the three glued by full stops or apart by spaces
// (not mixed): "5.XII.2025", "5 XII 2025". j is i when none is at i.
func (p *lineParser) romanMonth(i int) (y int, m time.Month, d int, j int, ok bool) {
	t := p.t
	if t[i].digits() > 2 || i+2 >= len(t) {
		return 0, 0, 0, i, false
	}
	k, dots := i+1, p.punct(i+1, '.') && adj(t[i], t[i+1])
	if dots {
		k++
	}
	if k+1 >= len(t) || t[k].kind != tWord || dots != adj(t[k-1], t[k]) {
		return 0, 0, 0, i, false
	}
	w := p.word(k)
	if w == "" || len(w) > 4 || w[0] != 'I' && w[0] != 'V' && w[0] != 'X' {
		return 0, 0, 0, i, false // no month's numeral: most words, spared the compares
	}
	for n := range romanMonths {
		if w == romanMonths[n] {
			m = time.Month(n + 1)
		}
	}
	if m == 0 {
		return 0, 0, 0, i, false
	}
	k++
	if dots {
		if !p.punct(k, '.') || !adj(t[k-1], t[k]) {
			return 0, 0, 0, i, false
		}
		k++
	}
	if k >= len(t) || t[k].kind != tNum || t[k].digits() != 4 || dots != adj(t[k-1], t[k]) {
		return 0, 0, 0, i, false
	}
	y, d, j = t[k].val, t[i].val, p.yearStop(k+1) // 5.XII.2025.
	if j < len(t) && adj(t[j-1], t[j]) && !t[j].is(',') {
		return 0, 0, 0, i, false // 5.XII.2025x
	}
	return y, m, d, j, yearOK(y) && validDay(y, m, d)
}
