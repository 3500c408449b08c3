package dateparse

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// How a wire form's credit is read: an agency the tables do not know
// ([otherWire]), one credited after the dash ([creditAfter]), or one that
// opens the paragraph alone ([parseWireBare]).

// otherWire takes a credit that names no known wire as an agency's name
// when a date and a separator surround it ("LIMA, 5 mar (Andina) -"): it
// must be a name of one to three words, no label ("(VIDEO)", "(UPDATED)").
func otherWire(re *regexp.Regexp, p string, m []int, credit string) (wire, bool) {
	if sub(re, p, m, "monA")+sub(re, p, m, "monB")+sub(re, p, m, "monC") == "" || sub(re, p, m, "sep") == "" ||
		len(credit) > 30 || strings.Count(credit, " ") > 2 || strings.ContainsAny(credit, "0123456789/,;:") {
		return wire{}, false
	}
	r, _ := utf8.DecodeRuneInString(credit)
	if !isUpper(r) || notPlaces[strings.ToUpper(credit)] || notCredits[strings.ToUpper(credit)] {
		return wire{}, false
	}
	return wire{canon: credit}, true
}

// notCredits are words in brackets after a dateline's date that credit no
// one.
var notCredits = map[string]bool{
	"FILE": true, "FILE PHOTO": true, "AUDIO": true, "GRAPHIC": true, "GRAPHICS": true,
	"REUTERS PHOTO": true, "AP PHOTO": true, "AFP PHOTO": true, "UPDATE": true, "UPDATES": true,
	"CORRECTED": true, "REFILE": true, "REPEAT": true, "EST": true, "GMT": true, "UTC": true, "ET": true,
	"LOCAL TIME": true, "SPONSORED": true, "OPINION": true,
}

// wireWords reports whether a place or a region has at most four words
// besides its particles, and a place at most three parts joined by "/"
// ("Washington/Brussels").
func wireWords(s string) bool {
	if strings.Count(s, "/") > 2 {
		return false
	}
	for part := range strings.SplitSeq(s, "/") {
		n := 0
		for w := range strings.FieldsSeq(part) {
			if r, _ := utf8.DecodeRuneInString(w); isUpper(r) {
				n++
			}
		}
		if n > 4 {
			return false
		}
	}
	return true
}

// notPlaceWord reports whether place is a weekday's or a month's name, or
// opens with a byline's word: "Monday, March 5 -" opens a sentence, "By
// Anna Fischer (Reuters)" a byline, not a dateline.
func notPlaceWord(place string) bool {
	if _, ok := Weekday(place); ok {
		return true
	}
	if first, _, ok := strings.Cut(place, " "); ok && bylineWords[strings.ToLower(first)] {
		return true // "By Anna Fischer (Reuters) ", "Par Anna Fischer (AFP)": a byline
	}
	_, ok := MonthName(place)
	return ok
}

// bylineWords are the words that open a byline in the languages of the
// wires (English, French, German, Spanish and Portuguese, Dutch, Malay,
// the Scandinavian languages), lower-cased: a "place" of several words
// that opens with one, before a wire's credit, is a byline.
var bylineWords = map[string]bool{"by": true, "par": true, "von": true, "por": true, "door": true, "oleh": true, "av": true, "af": true}

// creditAfter reads a wire credited after a dateline's dash, at p[n:]:
// "РИА Новости. ", "Trend: ". It returns the wire and where its credit
// ends (after the full stop or the colon). place is the dateline's.
func creditAfter(p string, n int, place string) (string, int, bool) {
	rest := p[n:]
	if len(rest) > 32 {
		rest = rest[:32]
	}
	i := strings.IndexAny(rest, ".:")
	if i < 2 {
		return "", 0, false
	}
	w, ok := lookupWire(rest[:i])
	// a short name that is also a word ("Trend") counts before a colon,
	// or in Latin letters after a place in another script, a sentence after it
	if !ok || w.capsOnly && !isCaps(rest[:i]) && rest[i] != ':' && !latinCredit(place, rest[:i], p[n+i+1:]) {
		return "", 0, false
	}
	return w.canon, n + i + 1, true
}

// parseWireBare parses "(Reuters) - " and "(CNN) — " that open a
// paragraph, CNN's "(CNN)President ..." glued to the story, and a credit
// before the place ("(ANSA) - ROMA, 05 MAR - ").
func parseWireBare(p, head string) (Dateline, bool) {
	m := reWireBare().FindStringSubmatchIndex(head)
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
	if m[1] > m[3]+1 {
		if dl, ok := wireAfterCredit(p, n, w); ok {
			return dl, true
		}
	}
	if !sentenceFollows(p[n:]) {
		return Dateline{}, false
	}
	return Dateline{Text: p[:m[3]+1], Agency: w.canon, Len: n}, true
}

// wireAfterCredit reads the place and date that follow a wire's credit
// and its dash at p[n:] ("ROMA, 05 MAR - " after "(ANSA) - "), and
// returns the whole as one dateline.
func wireAfterCredit(p string, n int, w wire) (Dateline, bool) {
	rest := headOf(p[n:])
	f := wireDash
	for _, re := range [...]*regexp.Regexp{f.re(), reWirePlaceDash()} {
		m := re.FindStringSubmatchIndex(rest)
		if m == nil {
			continue
		}
		place := sub(re, rest, m, "place")
		if re != f.re() && !isCaps(place) {
			continue // "(ANSA) - Rome - ": a place alone must be in capitals
		}
		dl, ok := buildWire(p[n:], re, m, f, w)
		if !ok {
			continue
		}
		dl.Text = p[:n+len(dl.Text)]
		dl.Len += n
		return dl, true
	}
	return Dateline{}, false
}

// afterWire checks what follows a wire dateline that ends at end, and
// returns where the story starts. After a separator the story may follow
// glued ("(EFE).-La capital"), except after a colon; without a separator
// it must follow after a blank and open with a capital, a digit or a quote
// ("(Xinhua) The Ukrainian ...", not "(AP) said").
func afterWire(p string, end int, sep bool) (int, bool) {
	n := spaceEnd(p, end)
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
	return n, n > end && (isUpper(r) || r >= '0' && r <= '9' || strings.ContainsRune("\"“«'‘", r) || caselessScript(p[n:]))
}

// hasWireCredit reports whether the first bracket of head holds a known
// wire: the cheap test that keeps the expression off most paragraphs.
func hasWireCredit(head string) bool { return bracketCredit(head) >= 0 }

// bracketCredit returns where the bracket that credits a known wire ends
// in head (after its ")"), or -1: the first bracket, or the second after a
// country's ("Ramallah (Palestinian Territories) (AFP) -").
func bracketCredit(head string) int {
	at := 0
	for range 2 {
		i := strings.IndexByte(head[at:], '(')
		if i < 0 {
			return -1
		}
		i += at
		j := strings.IndexByte(head[i:], ')')
		if j < 0 {
			return -1
		}
		if _, ok := lookupWire(head[i+1 : i+j]); ok {
			return i + j + 1
		}
		at = i + j
	}
	return -1
}

// slashCredit returns where a known wire credited between slashes
// ("/TASS/.", "/Agerpres/") ends in head (after its second "/"), or -1.
func slashCredit(head string) int { return creditBetween(head, "/", "/") }

// barCredit returns where a known wire credited between bars (" | Xinhua
// | ") ends in head (after its second "|"), or -1.
func barCredit(head string) int {
	if strings.IndexByte(head, '|') < 0 {
		return -1 // the byte search first: most heads hold no bar, and it is cheaper than the search for " | "
	}
	return creditBetween(head, " | ", " |")
}

// creditBetween returns where a known wire named between the first open
// and the close after it ends in head (after close), or -1.
func creditBetween(head, open, close string) int {
	i := strings.Index(head, open)
	if i < 0 {
		return -1
	}
	from := i + len(open)
	j := strings.Index(head[from:], close)
	if j < 0 {
		return -1
	}
	if _, ok := lookupWire(strings.TrimSpace(head[from : from+j])); !ok {
		return -1
	}
	return from + j + len(close)
}

// creditHead is head cut a few bytes after a credit that ends at end
// (room for ". —"): the credited forms match no further, and the
// expressions run faster on the shorter text.
func creditHead(head string, end int) string {
	n := end + 6
	if n >= len(head) {
		return head
	}
	for n > end && !utf8.RuneStart(head[n]) {
		n--
	}
	return head[:n]
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
