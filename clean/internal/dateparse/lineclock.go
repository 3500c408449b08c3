package dateparse

import "strings"

// The time of day and the zone after a date line's date: [lineParser.clock],
// [lineParser.suffix], [lineParser.zone].

// atWords are the words that stand between a date and its time in the
// languages date lines come in: "at", "à", "às", "um", "om", "alle", "o",
// "в", the Scandinavian "kl." and Finnish "klo", the South Slavic "u" and
// "у" ("14. 3. 2024. u 10:32"), Italian's "ore" ("5 marzo 2025, ore
// 14:22"), Polish's "godz." ("5 maja 2025 r., godz. 14:30"); Spanish's
// "a las" is read as two.
var atWords = [...]string{"at", "à", "às", "um", "om", "alle", "o", "в", "kl", "klo", "ob", "u", "у", "ore", "godz"}

// atWord returns the index after the word for "at" at j, or j.
func (p *lineParser) atWord(j int) int {
	if j >= len(p.t) || p.t[j].kind != tWord || p.t[j].end-p.t[j].start > 4 {
		return j // no such word: the look-up is spared
	}
	if p.isWord(j, "a") && p.isWord(j+1, "las") {
		return j + 2
	}
	for _, w := range atWords {
		if p.isWord(j, w) {
			if p.punct(j+1, '.') && adj(p.t[j], p.t[j+1]) {
				return j + 2 // kl. 10.15, godz. 14:30
			}
			return j + 1
		}
	}
	return j
}

// dotClock reports whether the number at i and the full stop after it
// open a time written "10.15", as British, Scandinavian and Indonesian
// pages print it: after a date (token i-1 is its year or a word, "kl." or
// "klo", or the bar after it: "05 Mei 2025 | 14.30 WIB"), and not part of
// a numeric date ("13.05.2017").
func (p *lineParser) dotClock(i int) bool {
	t := p.t
	if i == 0 || !t[i+1].is('.') || i+3 < len(t) && adj(t[i+2], t[i+3]) && (t[i+3].is('.') || t[i+3].kind == tNum) {
		return false
	}
	prev := t[i-1]
	return prev.kind == tNum && prev.digits() == 4 || prev.kind == tWord || prev.is(',') || prev.is('|') || prev.is('.') && i >= 2 && t[i-2].kind == tWord
}

// clock parses H:MM or HH:MM, optional :SS, optional AM/PM (or a.m./p.m.),
// H.MM after a date ([lineParser.dotClock]), or the French and Portuguese
// "10h15"; a final "Uhr", "h" or "ч." ("10:15 Uhr", "10:15 h", Spanish's
// "10:15 h.", Bulgarian's "10:15 ч.") is part of it.
func (p *lineParser) clock(i int) (h, m, j int, ok bool) {
	h, m, _, j, ok = p.clockSec(i)
	return
}

// clockSec is [lineParser.clock] with the seconds the clock prints
// ("10:12:07"), -1 when it prints none.
func (p *lineParser) clockSec(i int) (h, m, sec, j int, ok bool) {
	t := p.t
	sec = -1
	if i+1 < len(t) && t[i].kind == tWord && t[i+1].kind == tNum {
		if pm, half := asianHalf(p.word(i)); half {
			return p.halfClock(i+1, pm) // 오후 2:05, 午後2:05, 오후 2:05:09
		}
	}
	if i+2 < len(t) && t[i].kind == tNum && t[i].digits() <= 2 && p.isWord(i+1, "h") &&
		t[i+2].kind == tNum && t[i+2].digits() == 2 && adj(t[i], t[i+1]) && adj(t[i+1], t[i+2]) {
		h, m, j = t[i].val, t[i+2].val, i+3 // 10h15
		if j < len(t) && adj(t[j-1], t[j]) {
			return 0, 0, 0, 0, false
		}
		return h, m, -1, j, h <= 23 && m <= 59
	}
	if i+2 >= len(t) || t[i].kind != tNum || t[i].digits() > 2 || !t[i+1].is(':') && !p.dotClock(i) ||
		t[i+2].kind != tNum || t[i+2].digits() != 2 || !adj(t[i], t[i+1]) || !adj(t[i+1], t[i+2]) {
		return
	}
	h, m, j = t[i].val, t[i+2].val, i+3
	if p.punct(j, ':') && j+1 < len(t) && t[j+1].kind == tNum && t[j+1].digits() == 2 &&
		adj(t[j-1], t[j]) && adj(t[j], t[j+1]) {
		if t[j+1].val > 59 {
			return
		}
		sec, j = t[j+1].val, j+2
	}
	if j < len(t) && adj(t[j-1], t[j]) && (t[j].kind == tNum || t[j].is(':') || t[j].is('.')) {
		return 0, 0, 0, 0, false // 12:30:45:10, 12:305, 10:30.5
	}
	if p.isWord(j, "Uhr") || p.isWord(j, "h") {
		j++ // 10:15 Uhr
		if p.isWord(j-1, "h") && p.punct(j, '.') && adj(t[j-1], t[j]) {
			j++ // Spanish's "10:12 h."
		}
	} else if p.isWord(j, "ч") {
		j++ // Bulgarian's and Macedonian's "10:12 ч." (часа, o'clock)
		if p.punct(j, '.') && adj(t[j-1], t[j]) {
			j++
		}
	}
	pm, half := false, false
	switch {
	case p.isWord(j, "am"):
		half, j = true, j+1
	case p.isWord(j, "pm"):
		half, pm, j = true, true, j+1
	case p.isWord(j, "a") || p.isWord(j, "p"):
		if p.punct(j+1, '.') && p.isWord(j+2, "m") && p.punct(j+3, '.') {
			half, pm = true, p.isWord(j, "p")
			j += 4
		}
	default:
		if mh := p.malayHalf(j); mh != 0 {
			half, pm, j = true, mh == malayAfternoon, j+1
		}
	}
	if half {
		if h < 1 || h > 12 {
			return
		}
		if pm && h != 12 {
			h += 12
		} else if !pm && h == 12 {
			h = 0
		}
	}
	ok = h <= 23 && m <= 59
	return
}

// suffix recognises one trailing item at i: a zone marker (zone == true,
// off its offset in seconds), a "- TODAY.AZ"-style site mark, or a
// "Read: N" counter. It returns i when nothing matches.
func (p *lineParser) suffix(i int) (k, off int, zone bool) {
	t := p.t
	if p.punct(i, '(') {
		if j, o, ok := p.zone(i + 1); ok && p.punct(j, ')') {
			return j + 1, o, true
		}
		return i, 0, false
	}
	if j, o, ok := p.zone(i); ok {
		return j, o, true
	}
	if p.punct(i, '-') && i+3 < len(t) && t[i+1].kind == tWord && t[i+2].is('.') &&
		t[i+3].kind == tWord && i+4 == len(t) && adj(t[i+1], t[i+2]) && adj(t[i+2], t[i+3]) {
		return i + 4, 0, false
	}
	if (p.punct(i, ',') || p.punct(i, '•') || p.punct(i, '|') || p.punct(i, '·')) && i+1 == len(t) {
		return i + 1, 0, false // "18 Nov 2019,", "15th Dec 2025•"
	}
	if i+1 == len(t) && i > 0 && t[i].kind == tWord && (p.isWord(i-1, "AM") || p.isWord(i-1, "PM") || p.punct(i-1, '.') && p.isWord(i-2, "m")) && usZone(p.word(i)) {
		// "Mar 4, 2025, 10:15 AM ET": a US zone that names no offset
		// (standard or daylight time): the clock stays local
		return i + 1, 0, false
	}
	if p.isWord(i, "IST") && i+1 == len(t) {
		// India's, Ireland's or Israel's standard time: a line in one of
		// India's scripts says India's ("5 मई 2025, 02:30 PM IST");
		// otherwise the clock stays local
		if indicScript(p.s) {
			return i + 1, indiaOffset, true
		}
		return i + 1, 0, false
	}
	if (p.isWord(i, "Read") || p.isWord(i, "Views")) && i+1 < len(t) {
		j := i + 1
		if p.punct(j, ':') {
			j++
		}
		if j < len(t) && t[j].kind == tNum {
			return j + 1, 0, false
		}
	}
	return i, 0, false
}

// zone parses "UTC", "GMT +4", "UTC+04:00", "UTC+3 MSK", "AMT", "+04:00".
func (p *lineParser) zone(i int) (j, off int, ok bool) {
	t := p.t
	if i >= len(t) {
		return
	}
	j = i
	named := false
	if t[j].kind == tWord {
		w := p.word(j)
		if strings.EqualFold(w, "UTC") || strings.EqualFold(w, "GMT") {
			named = true
			j++
		} else if o, isAbbr := zoneAbbr(w); isAbbr {
			return j + 1, o, true
		} else {
			return i, 0, false
		}
	}
	if p.punct(j, '+') || p.punct(j, '-') {
		sign := 1
		if t[j].is('-') {
			sign = -1
		}
		o, k, ok2 := p.offset(j + 1)
		if !ok2 {
			if named {
				return j, 0, true
			}
			return i, 0, false
		}
		off, j = sign*o, k
		if j < len(t) && t[j].kind == tWord {
			if _, isAbbr := zoneAbbr(p.word(j)); isAbbr {
				j++
			}
		}
		return j, off, true
	}
	if named {
		return j, 0, true
	}
	return i, 0, false
}

// offset parses "4", "04", "04:00", "0400", "3:30" into seconds.
func (p *lineParser) offset(i int) (off, j int, ok bool) {
	t := p.t
	if i >= len(t) || t[i].kind != tNum {
		return
	}
	h, m := t[i].val, 0
	j = i + 1
	switch t[i].digits() {
	case 1, 2:
		if p.punct(j, ':') && j+1 < len(t) && t[j+1].kind == tNum && t[j+1].digits() == 2 {
			m, j = t[j+1].val, j+2
		}
	case 4:
		h, m = t[i].val/100, t[i].val%100
	default:
		return
	}
	if h > 14 || m > 59 {
		return
	}
	return h*3600 + m*60, j, true
}

// zoneAbbr knows the zone abbreviations the region's outlets print.
func zoneAbbr(w string) (off int, ok bool) {
	if len(w) < 3 || len(w) > 4 {
		return 0, false
	}
	for _, z := range zones {
		if strings.EqualFold(w, z.name) {
			return z.off, true
		}
	}
	return 0, false
}

var zones = [...]struct {
	name string
	off  int
}{
	{"AMT", 4 * 3600}, {"AZT", 4 * 3600}, {"GET", 4 * 3600},
	{"MSK", 3 * 3600}, {"TRT", 3 * 3600},
	{"GMT", 0}, {"UTC", 0},
	{"BST", 1 * 3600}, {"CET", 1 * 3600}, {"CEST", 2 * 3600}, {"EET", 2 * 3600}, {"EEST", 3 * 3600},
	{"EST", -5 * 3600}, {"EDT", -4 * 3600}, {"CST", -6 * 3600}, {"CDT", -5 * 3600},
	{"PST", -8 * 3600}, {"PDT", -7 * 3600},
	{"PKT", 5 * 3600}, {"ICT", 7 * 3600}, {"WIB", 7 * 3600}, {"WITA", 8 * 3600}, {"WIT", 9 * 3600},
	{"HKT", 8 * 3600}, {"SGT", 8 * 3600}, {"MYT", 8 * 3600}, {"PHT", 8 * 3600},
	{"JST", 9 * 3600}, {"KST", 9 * 3600}, {"AEST", 10 * 3600}, {"AEDT", 11 * 3600}, {"SAST", 2 * 3600},
}

// usZone reports whether w is a US time zone named without its season:
// ET, CT, MT or PT, in capitals.
func usZone(w string) bool {
	return len(w) == 2 && w[1] == 'T' && (w[0] == 'E' || w[0] == 'C' || w[0] == 'M' || w[0] == 'P')
}

// afterYear returns the index after the word for "year" at i, which
// follows the year at i-1 ("04.03.2025 г.", "4 marca 2025 r.", "4 марта
// 2025 года"), or i when there is none.
func (p *lineParser) afterYear(i int) int {
	t := p.t
	if i == 0 || i >= len(t) || t[i-1].kind != tNum || t[i-1].digits() != 4 {
		return i
	}
	if t[i].is('-') && i+1 < len(t) && adj(t[i-1], t[i]) && adj(t[i], t[i+1]) && t[i+1].kind == tWord {
		// glued by a hyphen: Uzbek's "2025-yil", Azerbaijani's
		// "2025-ci il" (the ordinal's ending, then the word)
		switch w := p.word(i + 1); w {
		case "yil", "yilda", "жыл", "жылы":
			return i + 2
		case "ж":
			if p.punct(i+2, '.') && adj(t[i+1], t[i+2]) {
				return i + 3 // Kyrgyz: "5-ноябрь, 2025-ж."
			}
		case "ci", "cı", "cu", "cü":
			if p.isWord(i+2, "il") || p.isWord(i+2, "ildə") {
				return i + 3
			}
		}
		return i
	}
	if t[i].kind != tWord || !yearWord(p.word(i)) {
		return i
	}
	if p.punct(i+1, '.') && adj(t[i], t[i+1]) {
		return i + 2
	}
	return i + 1
}

// yearWord reports whether w is the word for "year" that Russian,
// Ukrainian, Bulgarian and Polish print after one, or its abbreviation,
// or Arabic's "م" (of the Common Era, beside a Hijri date), or the region's:
// Kazakh "ж.", Armenian "թ.", Georgian "წ.", Uzbek "yil", Azerbaijani "il".
func yearWord(w string) bool {
	switch w {
	case "г", "года", "год", "р", "року", "рік", "r", "roku", "م",
		"ж", "жыл", "жылы", "թ", "թվական", "թվականի", "წ", "წელი", "yil", "il":
		return true
	}
	return false
}

// indiaOffset is India's standard time, UTC+05:30, in seconds.
const indiaOffset = 5*3600 + 30*60

// indicScript reports whether s holds a letter of India's own scripts,
// Devanagari to Malayalam (U+0900..U+0D7F, whose UTF-8 forms open with
// 0xE0 and 0xA4..0xB5).
func indicScript(s string) bool {
	for i := strings.IndexByte(s, 0xE0); i >= 0 && i+1 < len(s); {
		if b := s[i+1]; b >= 0xA4 && b <= 0xB5 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xE0)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// Malay's halves of the day after a clock, as malayHalf gives them.
const (
	malayMorning   = 1 // "9:10 pagi"
	malayAfternoon = 2 // "2:20 petang"
)

// malayHalf reads the word at i as Malay's half of the day after a clock:
// malayMorning for "pagi", malayAfternoon for "petang", else 0. A length
// and first-byte test comes before the comparison: most clocks end a line
// or stand before another word.
func (p *lineParser) malayHalf(i int) int {
	if i >= len(p.t) || p.t[i].kind != tWord {
		return 0
	}
	w := p.word(i)
	if len(w) != len("pagi") && len(w) != len("petang") || w[0]|0x20 != 'p' {
		return 0
	}
	switch {
	case strings.EqualFold(w, "pagi"):
		return malayMorning
	case strings.EqualFold(w, "petang"):
		return malayAfternoon
	}
	return 0
}
