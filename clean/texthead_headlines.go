package clean

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
)

// headMetaLine reports whether trimmed line t is one of the lines a
// flattened page prints right under its headline that is never one: a
// date line with its time ([timedDateLine]), a desk's or wire's credit
// ([deskCreditLine]) or a link to another story under its label
// ([teaserLine]). Standing closest above the story, each was taken for
// the headline over the line above it.
func headMetaLine(t string) bool { return timedDateLine(t) || deskCreditLine(t) || teaserLine(t) }

// aboveHeadMeta returns the headline over block t, the line titleAbove
// took and headOver found no headline over, when t is a head's line that
// is never one ([headMetaLine]): the line titleAbove takes over t, as if
// t opened the story (over the head's lines of that kind, up to
// maxHeadMetaRun of them: a desk's credit over a date line), and the
// headline headOver finds over that; t when it is no such line, or when
// no line over it is taken.
func (p *Page) aboveHeadMeta(t int) int {
	if titleOff("above-meta") || !headMetaLine(strings.TrimSpace(p.blocks[t].Text)) {
		return t
	}
	at := t
	for range maxHeadMetaRun {
		up := p.titleAbove(at)
		if up < 0 {
			return t
		}
		if headMetaLine(strings.TrimSpace(p.blocks[up].Text)) {
			at = up
			continue
		}
		if h := p.headOver(up, false); h != up && !p.notPrintedFirst(p.blocks[h].Text) {
			return h
		}
		return up
	}
	return t
}

// maxHeadMetaRun is how many head lines in a row aboveHeadMeta climbs.
const maxHeadMetaRun = 3

// teaserLine reports whether trimmed line t is a link to another story
// under a teaser's label ("Read also: ...", "Читайте также: ...",
// [teaserLabel]), as a page prints one between its headline and its
// story. The label is a few words before a colon, which most lines lack:
// the pattern is not tried on them.
func teaserLine(t string) bool {
	k := strings.IndexByte(t, ':')
	return k > 0 && k <= 40 && teaserOpen(t[:k]) && wordCount(t[:k]) <= 4 && mayHoldFoldASCII(t[:k], teaserLabelWords) &&
		teaserLabel.MatchString(t)
}

// teaserLabelWords are ASCII pieces one of which each of [teaserLabel]'s
// ASCII labels holds; the others hold a byte past ASCII, which
// mayHoldFoldASCII lets through. teaserLine looks for them before the
// line's first colon: when that is ASCII, teaserOpen has found a letter
// there, which the pattern's marks before its label (\W) cannot be, so
// the label ends at that colon.
var teaserLabelWords = []string{"read", "also", "related", "more", "miss", "recommended", "leggi anche",
	"lesen sie auch", "mehr zum thema", "lire aussi"}

// teaserOpen reports whether label, the words before a line's colon, may
// open as [teaserLabel]'s labels do, by its first letter (after up to
// three marks): the pattern is tried on no other.
func teaserOpen(label string) bool {
	for i, r := range label {
		if i > 3 {
			return false
		}
		switch unicode.ToLower(r) {
		case 'r', 'a', 's', 'm', 'd', 'l', 'v', 'c', 'à', 'ч':
			return true
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// timedDateLine reports whether s prints a date with its time of day
// after at most three words: a head's date line, with a place, a desk or
// a label before the date ("Pune | March 4, 2025 10:15 IST", "IANS |
// Updated: Mar 04, 2025 10:15 IST", "Giriş: 04.03.2025 10:15") or a
// source after it ("2025-03-04 10:15 来源：新华网"). A headline may name
// its day ("Harbour board notes | 18.12.2025", a short line with its
// date, which [isTitleTrap] leaves as a candidate) but not the minute it
// was posted.
func timedDateLine(s string) bool {
	if !clockMark(s) {
		return false // no time of day: most lines, spared the date search
	}
	st, pos, ok := findDateStamp(s)
	return ok && st.HasTime && wordCount(s[:pos]) <= 3
}

// clockMark reports whether s holds a digit with a time's mark after it
// (':', '.' or 'h': "10:15", "12.00", "10h15"), as every time of day the
// date reader reads in a head's date line does.
func clockMark(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i]-'0' < 10 { // a digit first: one test a byte on a prose line
			if c := s[i+1]; c == ':' || c == '.' || c == 'h' {
				return true
			}
		}
	}
	return false
}

// deskCreditLine reports whether trimmed line t is a credit alone, as
// papers print one under the headline in the byline's place: a news
// agency's name ("Press Trust of India", "PTI", "APP", [dateparse.IsWire]),
// a staff credit ("Our Correspondent", [staffCredit]) or a desk or team
// ("News Desk", "Web Desk", [teamName]), or a newsroom's desk of three
// words at most, alone or before the paper's name after a bar or a slash
// ("Redacción", "Redacción / El Diario", [newsroomName]).
func deskCreditLine(t string) bool {
	if len(t) > 60 {
		return false
	}
	part := t
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '.', '?', '!', ':':
			return false
		case '/', '|':
			if part == t && i > 0 {
				part = strings.TrimSpace(t[:i])
			}
		}
	}
	if wordCount(part) <= 3 && newsroomName(part) {
		return true
	}
	if len(t) > 40 {
		return false
	}
	if dateparse.IsWire(t) || staffCredit(t) {
		return true
	}
	if !teamWorded(t) {
		return false // teamName's pattern, on the few lines that may match
	}
	team, _ := teamName(t)
	return team != ""
}
