package dateparse

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// The wire form: a place, maybe a country or state, maybe a date, and the
// wire's credit in brackets, then a separator:
//
//	YEREVAN, Armenia (AP) —          WASHINGTON (AP) —
//	BAKU, October 25 (Reuters) -     BAKU, Oct 25 (Reuters):
//	PARIS (AFP) -    Paris (AFP) -   ANKARA (AA) -    Berlin (dpa) -
//	Madrid, 5 mar (EFE).-            BEIJING, March 5 (Xinhua) --
//	BEIRUT, Lebanon, June 2 (UPI) —  KIEV, April 19 (Xinhua) The ...
//	(Reuters) -                      (CNN) —
//
// Only a credit that names a known wire (see wires) makes the form: "Moscow
// (and Kyiv) said" or "(AP Photo/John Smith)" do not.
const (
	reWireWord  = `\p{Lu}[\p{L}'’\-]*`
	reWireOne   = `(?:S[Tt]\. )?` + reWireWord + `(?: (?:(?:de|da|do|dos|del|la|el|am|an|der|al|upon) )?` + reWireWord + `){0,3}`
	reWirePlace = `(` + reWireOne + `(?:/` + reWireOne + `){0,2})`
	// a country ("Armenia", "United Arab Emirates") or a state ("Calif.", "N.Y.")
	reWireRegion = `(\p{Lu}[\p{L}'’.\-]*(?: (?:(?:and|of|the) )?\p{Lu}[\p{L}'’.\-]*){0,3})`
	// month first ("October 25", "Sept. 2", "Oct 25") or day first ("5 mar"):
	// the month is any word here, checked by wireMonth
	reWireDate = `(?:(\p{L}{3,10}\.?) (\d{1,2})|(\d{1,2}) (\p{L}{3,10}\.?))(?:, (\d{4}))?`
	reWireSep  = `(\.?(?: ?` + reDash + `| ?:))?`
)

var (
	// compiled on first use: it is most of the package's start-up (1 ms,
	// 280 KB), and a page without a wire's credit never needs it
	reWire = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^` + reWirePlace + `(?:, ` + reWireRegion + `)?(?:[.,] ` + reWireDate + `)?,? ?\(([^()]{1,40})\)` + reWireSep)
	})
	// "(Reuters) - " with the place left out by the site that reprints it
	reWireBare = regexp.MustCompile(`^\(([^()]{1,40})\)(?: ?` + reDash + `)?`)
)

// group indexes of reWire
const (
	wPlace = 1 + iota
	wRegion
	wMonthA
	wDayA
	wDayB
	wMonthB
	wYear
	wAgency
	wSep
)

// parseWire parses the wire form at the start of p (no leading blanks);
// head is the part of p a dateline may take.
func parseWire(p, head string) (Dateline, bool) {
	if !hasWireCredit(head) {
		return Dateline{}, false
	}
	if p[0] == '(' {
		return parseWireBare(p, head)
	}
	m := reWire().FindStringSubmatchIndex(head)
	if m == nil {
		return Dateline{}, false
	}
	w, ok := lookupWire(group(p, m, wAgency))
	if !ok {
		return Dateline{}, false
	}
	place := group(p, m, wPlace)
	caps := isCaps(place)
	if !caps && (w.capsOnly || initialsSpell(place, group(p, m, wAgency))) {
		return Dateline{}, false // "Advanced Placement (AP) -"
	}
	if !placeWords(place) {
		return Dateline{}, false
	}
	dl := Dateline{Place: titleCase(place), Agency: w.canon}
	if r := group(p, m, wRegion); r != "" && isStateAbbrev(r) {
		dl.Place += ", " + r // "Baton Rouge, La." as "Washington, DC" is kept
	}
	if mo := group(p, m, wMonthA) + group(p, m, wMonthB); mo != "" {
		month, ok := wireMonth(mo)
		if !ok {
			return Dateline{}, false
		}
		day, _ := number(group(p, m, wDayA)+group(p, m, wDayB), 1, 2)
		year := 0
		if y := group(p, m, wYear); y != "" {
			year, _ = number(y, 4, 4)
			if !yearOK(year) {
				return Dateline{}, false
			}
		}
		if !validDay(year, month, day) {
			return Dateline{}, false
		}
		dl.Month, dl.Day, dl.Year = month, day, year
	}
	closeAt := m[2*wAgency+1] + 1 // after ")"
	dl.Text = p[:closeAt]
	n, ok := afterWire(p, m[1], m[2*wSep] >= 0 && m[2*wSep+1] > m[2*wSep])
	if !ok {
		return Dateline{}, false
	}
	// A place in title case, without a date, is a weaker sign: the
	// story's sentence must follow ("Berlin (dpa) - Die Regierung ...").
	if !caps && dl.Month == 0 && !sentenceFollows(p[n:]) {
		return Dateline{}, false
	}
	dl.Len = n
	return dl, true
}

// parseWireBare parses "(Reuters) - " and "(CNN) — " that open a
// paragraph, and CNN's "(CNN)President ..." glued to the story.
func parseWireBare(p, head string) (Dateline, bool) {
	m := reWireBare.FindStringSubmatchIndex(head)
	if m == nil {
		return Dateline{}, false
	}
	w, ok := lookupWire(p[m[2]:m[3]])
	if !ok {
		return Dateline{}, false
	}
	var n int
	if r, _ := utf8.DecodeRuneInString(p[m[1]:]); m[1] == m[3]+1 && isUpper(r) {
		n = m[1] // glued: "(CNN)President"
	} else if n, ok = afterWire(p, m[1], m[1] > m[3]+1); !ok {
		return Dateline{}, false
	}
	if !sentenceFollows(p[n:]) {
		return Dateline{}, false
	}
	return Dateline{Text: p[:m[3]+1], Agency: w.canon, Len: n}, true
}

// afterWire checks what follows a wire dateline that ends at end, and
// returns where the story starts. After a separator the story may follow
// glued ("(EFE).-La capital"), except after a colon; without a separator
// it must follow after a blank and open with a capital, a digit or a quote
// ("(Xinhua) The Ukrainian ...", not "(AP) said").
func afterWire(p string, end int, sep bool) (int, bool) {
	n := end
	for n < len(p) {
		r, size := utf8.DecodeRuneInString(p[n:])
		if !isSpace(r) {
			break
		}
		n += size
	}
	if n == len(p) {
		return n, true
	}
	r, _ := utf8.DecodeRuneInString(p[n:])
	switch {
	case sep && p[end-1] == ':':
		return n, n > end
	case sep:
		return n, n > end || isUpper(r) || strings.ContainsRune("\"“«'‘", r)
	}
	return n, n > end && (isUpper(r) || r >= '0' && r <= '9' || strings.ContainsRune("\"“«'‘", r))
}

// hasWireCredit reports whether the first bracket of head holds a known
// wire: the cheap test that keeps the expression off most paragraphs.
func hasWireCredit(head string) bool {
	i := strings.IndexByte(head, '(')
	if i < 0 {
		return false
	}
	j := strings.IndexByte(head[i:], ')')
	if j < 0 {
		return false
	}
	_, ok := lookupWire(head[i+1 : i+j])
	return ok
}

// placeWords rejects places with a word that opens headlines or labels
// rather than datelines ("BREAKING NEWS (AP) —", "WATCH LIVE (AFP) -").
func placeWords(place string) bool {
	for w := range strings.FieldsFuncSeq(place, func(r rune) bool { return r == ' ' || r == '/' }) {
		if notPlaces[w] {
			return false
		}
	}
	return true
}

// isCaps reports whether s has letters and none of them is lower-case.
func isCaps(s string) bool {
	letters := false
	for _, r := range s {
		if isLetter(r) {
			if !isUpper(r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// initialsSpell reports whether the initials of the words of place spell
// the acronym agency: "Data Processing Agreement (DPA)" is an expansion,
// not a dateline.
func initialsSpell(place, agency string) bool {
	var b [8]byte
	n := 0
	for w := range strings.FieldsSeq(place) {
		if n == len(b) || w[0] >= utf8.RuneSelf {
			return false
		}
		b[n] = w[0] | 0x20
		n++
	}
	return n >= 2 && strings.EqualFold(string(b[:n]), agency)
}

// isStateAbbrev reports whether a region after the place is a state's
// abbreviation ("Calif.", "N.Y.", "DC") rather than a country's name.
func isStateAbbrev(r string) bool {
	if strings.HasSuffix(r, ".") && len(r) <= 6 {
		return true
	}
	return len(r) == 2 && r[0] >= 'A' && r[0] <= 'Z' && r[1] >= 'A' && r[1] <= 'Z'
}

// wireMonth reads a month as wires print it: English names and
// abbreviations ("October", "Oct", "Sept."), and the Spanish and Portuguese
// abbreviations of EFE and Xinhua's services ("5 mar", "21 ene", "12 jul",
// "3 ago", "1 dic", "9 set", "4 out", "2 dez").
func wireMonth(s string) (time.Month, bool) {
	if m, ok := MonthName(s); ok {
		return m, true
	}
	s = strings.TrimSuffix(s, ".")
	if len(s) != 3 {
		return 0, false
	}
	var b [3]byte
	for i := range 3 {
		b[i] = s[i] | 0x20
	}
	switch string(b[:]) {
	case "ene":
		return time.January, true
	case "fev":
		return time.February, true
	case "abr":
		return time.April, true
	case "mai":
		return time.May, true
	case "ago":
		return time.August, true
	case "set":
		return time.September, true
	case "out":
		return time.October, true
	case "dic", "dez":
		return time.December, true
	}
	return 0, false
}
