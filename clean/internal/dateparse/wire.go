package dateparse

import (
	"encoding/binary"
	"math/bits"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// The wire forms: a place, maybe a country or state, maybe a date in the
// wire's language, and the wire's credit, then a separator:
//
//	YEREVAN, Armenia (AP) —            WASHINGTON (AP) —
//	BAKU, October 25 (Reuters) -       BAKU, Oct 25 (Reuters):
//	PARIS, 5 mars 2025 (AFP) -         Berlin (dpa) -   ANKARA (AA) -
//	Madrid, 5 mar (EFE).-              BEIJING, March 5 (Xinhua) --
//	New Delhi [India], March 5 (ANI):  Taipei, March 5 (CNA) The ...
//	Srinagar (Jammu and Kashmir) [India], March 5 (ANI):
//	Praha 5. března (ČTK) -            ZAGREB, 5. ožujka (Hina) -
//	Budapest, 2025. március 5. (MTI) - ABU DHABI, 5th March, 2025 (WAM) --
//	MADRID, 5 (EUROPA PRESS) -         Bucureşti, 5 mar /Agerpres/ -
//	МОСКВА, 5 марта. /ТАСС/.           (Reuters) -    (CNN) —
//	Gaza City (Palestinian Territories) (AFP) -   Hamburg (dpa/lno) -
//	WASHINGTON (AP) _                  Tehran, IRNA -
//	Oct 5 (Reuters) -                  NEW DELHI, March 5:
//
// the credit printed plain after the date ("RIYADH, March 5, 2025, SPA --",
// "ASTANA. KAZINFORM -", "Москва. 5 марта. INTERFAX.RU -"), after the
// dash ("МОСКВА, 5 мар - РИА Новости."), or before the place ("(ANSA) -
// ROMA, 05 MAR -"); and a place with a date and a dash, crediting no one
// ("Ljubljana, 5. marca -"). Only a credit that names a known wire (see
// wireSpellings) makes a credited form: "Moscow (and Kyiv) said" or "(AP
// Photo/John Smith)" do not.
const (
	reWireWord = `\p{Lu}['\-’\p{L}]*`
	// A place is up to four words (see wireWords), or up to three places
	// joined by "/"; the words are counted after the match, which keeps
	// the expressions small enough for the fast matcher.
	// The places joined by "/" are one run of words, each word after a
	// space (and maybe a particle) or after a "/" (and maybe "St. "):
	// the same texts and the same match as one place and then "/" and
	// another place repeated (reWirePlaceTwice, TestWirePlaceOnce), with
	// reWireWord's two Unicode classes written once, not twice (about
	// 400K instructions less to compile each wire form).
	reWirePlace = `(?P<place>(?:S[Tt]\. )?` + reWireWord + `(?:(?: (?:(?:de|da|do|dos|del|la|el|am|an|der|al|upon) )?|/(?:S[Tt]\. )?)` + reWireWord + `)*)`
	// a country ("Armenia", "United Arab Emirates") or a state ("Calif.", "N.Y.")
	reWireRegion = `(?:, (?P<region>\p{Lu}['\-.’\p{L}]*(?: (?:(?:and|of|the) )?\p{Lu}['\-.’\p{L}]*)*))`
	// a date, maybe after a weekday: month first ("October 25", "Sept. 2",
	// "March 5th"), day first ("5 mar", "5. března", "29th November"), or
	// year first ("2025. március 5.", MTI's with the weekday after it:
	// "2025. március 5., szerda"), maybe with the year after it
	// ("5 de marzo de 2025", ENA's "March 4/2025"), Lithuanian's day with
	// its "d." (diena: ELTA's "kovo 5 d."), Central Asia's day joined to
	// its month by a hyphen (Kabar's Kyrgyz "5-декабрь") or by Turkmen's
	// ordinal ending (TDH's "5-nji dekabr"), or all in numbers, day first,
	// between slashes or full stops (MAP's "Rabat, 05/03/2025 (MAP) -",
	// Khovar's "ДУШАНБЕ, 05.12.2026 /АМИТ «Ховар»/."); the month is any
	// word here, checked by wireMonthFor. A word is \p{L}{3,}, not \p{L}{3}\p{L}*: the same
	// matches, and one Unicode class fewer for the parser to build (each
	// costs about 130K instructions, paid by every process that compiles
	// a wire form; TestWireWordRepeats).
	reWireDate = `(?:(?P<wday>\p{L}{3,}),? )?(?:(?P<monA>\p{L}{3,}\.?) (?P<dayA>\d{1,2})(?:st|nd|rd|th| d\.)?|(?P<dayN>\d{2})[/.](?P<monN>\d{2})[/.](?P<yearN>\d{4})|(?P<dayB>\d{1,2})(?:st|nd|rd|th|\.|-nj[iy])?[ -](?:de )?(?P<monB>\p{L}{3,}\.?)|(?P<yearC>\d{4})\. (?P<monC>\p{L}{3,}) (?P<dayC>\d{1,2})\.(?:, (?P<wdayC>\p{L}{3,}))?)(?:(?:,? (?:de )?|/)(?P<year>\d{4}))?`
	// the date, maybe with the clock time the wire filed the story
	// (Interfax's "MOSCOW, March 5, 10:04 (Interfax) -", Ukrinform's
	// "Kyiv, 05.12.2026 14:30. Ukrinform.")
	reWireDated = `(?:(?:[.,] ?| )` + reWireDate + `(?:,? \d{1,2}:\d{2})?)`
	// "_": AP's dash in its plain-text feeds; "։": the Armenian full stop
	reWireSep = `(?P<sep>\.?(?: ?` + reDash + `| ?[:։]| _))`
)

var (
	// the credit in brackets, between slashes, or between bars after a
	// country (Xinhua's African desks: "ACCRA, Ghana | Xinhua | ")
	reWire = lazyRE(`^` + reWirePlace + `(?: \((?P<pregion>\p{Lu}[^\[\]()]+)\))?(?: \[(?P<bregion>[^\[\]()]+)\])?` + reWireRegion + `?` + reWireDated +
		`?(?:\.?,? ?\((?P<agency>[^()]+)\)|\.? ?/(?P<slash>[^/\s][^/]*)/\.?| \| (?P<bar>[^|]+) \|)(?:` + reWireSep + `|\.)?`)
	// Europa Press's day without a month: "MADRID, 5 (EUROPA PRESS) -"
	reWireDay = lazyRE(`^` + reWirePlace + `, (?P<dayA>\d{1,2}) \((?P<agency>[^()]+)\)` + reWireSep + `?`)
	// the credit printed plain: "RIYADH, March 5, 2025, SPA --", or after
	// a date and a blank alone ("WELLINGTON, May 5 NZPA -"; plainsep is
	// then empty, and buildWire wants the date)
	reWirePlain = lazyRE(`^` + reWirePlace + reWireRegion + `?` + reWireDated + `?(?P<plainsep>[.,]?) (?P<agency>\p{Lu}[.\-\p{L}]+(?: \p{Lu}[.\-\p{L}]+)?)\.?` + reWireSep)
	// the credit printed plain after a date, ending with a full stop:
	// "Bakı, 4 mart, AZƏRTAC. ", "Rīga, 4. marts, LETA. "
	reWirePlainStop = lazyRE(`^` + reWirePlace + reWireDated + `[.,] (?P<agency>\p{Lu}[\p{L}\-]+)\.`)
	// a place, a date and a dash: "ROMA, 05 MAR -"; or a full stop, after
	// a credit only ("Xinhua, BEIJING, 5 May. ", see stopAfterCredit)
	reWireDash = lazyRE(`^` + reWirePlace + reWireRegion + `?` + reWireDated + `(?:\.? ?(?P<sep>` + reDash + `|:)|(?P<stop>\.))`)
	// a date and a credit without a place: "Oct 5 (Reuters) -"
	reWireNoPlace = lazyRE(`^(?P<monA>\p{Lu}\p{L}{2,}\.?) (?P<dayA>\d{1,2}) \((?P<agency>[^()]+)\)` + reWireSep)
	// a place and a dash, after a credit: "(ANSA) - ROMA -"
	reWirePlaceDash = lazyRE(`^` + reWirePlace + ` ?(?P<sep>` + reDash + `)`)
	// "(Reuters) - " with the place left out by the site that reprints it
	reWireBare = lazyRE(`^\(([^()]+)\)(?: ?` + reDash + `)?`)
)

// a wire form's expression, how it credits the wire, and the cheap test
// that keeps the expression off paragraphs it cannot match
type wireForm struct {
	re func() *regexp.Regexp
	// credit: the wire is named in the form's agency or slash group;
	// otherwise the form is a place and a date (or a place) and a dash
	credit bool
	// region: a region after the place must be a country or a state
	region bool
	// plain: the credit is printed plain, not in brackets or slashes
	plain bool
	// may reports whether the form may match head, given what the cheap
	// tests found in it
	may func(head string, h headSigns) bool
}

// headSigns are what the cheap tests find at a paragraph's head.
type headSigns struct {
	credit bool // a known wire in brackets, slashes or bars (bracketCredit, slashCredit, barCredit)
	dated  bool // a place may be followed by a date (scanHead)
	plain  bool // a known wire after the first ". " or ", " (scanHead)
}

var wireForms = [...]wireForm{
	{re: reWire, credit: true, may: func(s string, h headSigns) bool { return h.credit || h.dated && bracketOrSlash(s) }},
	{re: reWireDay, credit: true, may: func(s string, h headSigns) bool { return h.credit && dayAlone(s) }},
	{re: reWirePlain, credit: true, region: true, plain: true, may: func(s string, h headSigns) bool {
		return h.plain || h.dated && commaOrStop(s) && mayCreditBeforeSep(s)
	}},
	{re: reWireDash, region: true, may: func(s string, h headSigns) bool {
		return h.dated && strings.ContainsAny(s, ".,") && mayDateFirstDigit(s)
	}},
	{re: reWireNoPlace, credit: true, may: func(s string, h headSigns) bool { return h.credit && dayAlone(s) }},
	{re: reWireScript, credit: true, may: func(s string, h headSigns) bool { return h.credit && caselessScript(s) }},
	{re: reWirePlainStop, credit: true, plain: true, may: func(s string, h headSigns) bool {
		return earlyDay(s) && strings.Contains(s, ". ") && plainStopCredit(s)
	}},
}

// wireDash is the form of a place, a date and a dash, which may follow a
// credit ("(ANSA) - ROMA, 05 MAR -").
var wireDash = &wireForms[3]

// bareCredit reports whether match m of re credits a wire printed plain
// after a blank alone ("May 5 NZPA -"), not after a comma or a full stop:
// only a date before it tells the credit from a place's last word.
func bareCredit(re *regexp.Regexp, m []int) bool {
	g := re.SubexpIndex("plainsep")
	return g >= 0 && m[2*g] >= 0 && m[2*g] == m[2*g+1]
}

// stopAfterCredit reports whether match m of re is a place and a date
// ending with a full stop, which is a dateline only after a wire's credit
// ("Xinhua, BEIJING, 5 May. "): alone, "PARIS, May 5." may open a
// sentence or a list.
func stopAfterCredit(re *regexp.Regexp, m []int) bool {
	g := re.SubexpIndex("stop")
	return g >= 0 && m[2*g] >= 0
}

// sub is the group called name of re's match m in p, or "".
func sub(re *regexp.Regexp, p string, m []int, name string) string {
	g := re.SubexpIndex(name)
	if g < 0 || m[2*g] < 0 {
		return ""
	}
	return p[m[2*g]:m[2*g+1]]
}

// parseWire parses a wire form at the start of p (no leading blanks);
// head is the part of p a dateline may take.
func parseWire(p, head string, runs *Runs) (Dateline, bool) {
	// the script first: one byte tells most heads (ASCII) from those
	// that may print their own digits
	if caselessScript(p) {
		if fp, ok := FoldDigits(head); ok {
			// "ঢাকা, ৪ মার্চ (বাসস)": read with ASCII digits, the length
			// mapped back to the paragraph's
			dl, ok := parseWire(fp+p[len(head):], fp, runs)
			if ok {
				dl.Text = p[:UnfoldOffset(p, len(dl.Text))]
				dl.Len = UnfoldOffset(p, dl.Len)
			}
			return dl, ok
		}
		if hasBidiMark(head) {
			// "ירושלים, 4 בדצמבר (‏וואלה!‏) - ": read without the marks
			// of direction, the text and length mapped back
			dp := dropBidiMarks(p)
			dl, ok := parseWire(dp, headOf(dp), runs)
			if ok {
				dl.Text = strings.TrimRightFunc(p[:bidiOffset(p, len(dl.Text))], isBidiMark)
				dl.Len = bidiOffset(p, dl.Len)
			}
			return dl, ok
		}
		if dl, ok := parseWireThai(p, head); ok {
			return dl, true
		}
		if dl, ok := parseWireScriptDash(p, head); ok {
			return dl, true
		}
	}
	if p[0] == '(' {
		if !hasWireCredit(head) {
			return Dateline{}, false
		}
		return parseWireBare(p, head)
	}
	end := bracketCredit(head)
	if end < 0 {
		end = slashCredit(head)
	}
	if end < 0 {
		end = barCredit(head)
	}
	var signs headSigns
	signs.credit = end >= 0
	signs.dated, signs.plain = scanHead(head)
	for fi := range wireForms {
		f := &wireForms[fi]
		if !f.may(head, signs) {
			continue
		}
		re := f.re()
		h := head
		if f.credit && signs.credit && !f.plain {
			h = creditHead(head, end)
		}
		m := runs.match(re, h)
		if m == nil {
			continue
		}
		if dl, ok := buildWire(p, re, m, f, wire{}); ok {
			return dl, true
		}
	}
	return Dateline{}, false
}

// scanHead reads the words that open head, up to the first that opens a
// sentence (a lower-case word that is no particle of a place) or a
// bracket, in one pass: dated, whether a place may be followed by a date
// (its first digit comes early, after a blank or a full stop, as in "ROMA,
// 05 MAR", "Praha 5. března", "Budapest, 2025.", not "COP29", and a dash
// or a colon follows); plain, whether the word after the first ". " or
// ", " is a known wire ("ASTANA. KAZINFORM -", "Tehran, IRNA -").
func scanHead(head string) (dated, plain bool) {
	digit, comma := false, false
	end := min(len(head), 64)
	for i := 0; i < end; i++ {
		for i < end && !scanMarks[head[i]] {
			i++ // a byte no case below reads: letters, most of a head
		}
		if i == end {
			break
		}
		switch c := head[i]; {
		case c == ' ':
			if i+1 < len(head) && !capitalOrParticle(head[i+1:]) && !(head[i+1] >= '0' && head[i+1] <= '9') {
				return dated, plain
			}
		case c >= '0' && c <= '9':
			if !digit {
				digit = true
				dated = i > 2 && (head[i-1] == ' ' || head[i-1] == '.') && hasDashOrColon(head[i:])
			}
		case (c == '.' || c == ',') && !comma && i+2 < len(head) && head[i+1] == ' ':
			comma = true
			w := head[i+2:]
			if j := strings.IndexAny(w, " :"); j >= 0 {
				w = w[:j]
			}
			_, plain = lookupWire(strings.TrimSuffix(w, "."))
		case c == '(' || c == ')' || c == '"' || c == ':' || c == ';' || c == '?' || c == '!':
			return dated && digit, plain
		}
	}
	return dated, plain
}

// scanMarks are the bytes scanHead reads: a blank, a digit, a full stop, a
// comma, and the marks that end a place.
var scanMarks = func() (t [256]bool) {
	for _, c := range []byte(" 0123456789.,()\":;?!") {
		t[c] = true
	}
	return t
}()

// earlyDay reports whether the first digit of head comes within its
// first 40 bytes, after a comma or a full stop and a blank: room for a
// place and a day ("Bakı, 4 mart", "Київ. 4 березня"), or a month's
// word printed first ("Baku. December 5", "Baku, Dec. 5"); the cheap
// test for the credit printed plain after a date.
func earlyDay(head string) bool {
	// Eight bytes at a time: the first digit of head[3:40] by the mask
	// of its digits (asciiDigits), past the end of head as blanks.
	end := min(len(head), 40)
	for i := 3; i < end; i += 8 {
		var x uint64
		if i+8 <= end {
			x = binary.LittleEndian.Uint64([]byte(head[i : i+8]))
		} else {
			buf := [8]byte{' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '}
			copy(buf[:], head[i:end])
			x = binary.LittleEndian.Uint64(buf[:])
		}
		if d := asciiDigits(x); d != 0 {
			i += bits.TrailingZeros64(d) / 8
			return head[i-1] == ' ' && (head[i-2] == ',' || head[i-2] == '.' || afterMonthWord(head[:i-1]))
		}
	}
	return false
}

// afterMonthWord reports whether head ends with a word of letters (and
// maybe a full stop) of at most 20 bytes that follows a comma or a full
// stop and a blank: where a month printed before its day stands ("Baku.
// December", "Baku, Dec."). The word itself is checked by wireMonthFor.
func afterMonthWord(head string) bool {
	j := len(head) - 1
	if j >= 0 && head[j] == '.' {
		j--
	}
	stop := max(j-20, 0)
	for j > stop && head[j] != ' ' {
		if c := head[j]; c < utf8.RuneSelf && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
		j--
	}
	return j >= 2 && j < len(head)-2 && head[j] == ' ' && (head[j-1] == ',' || head[j-1] == '.')
}

// bracketOrSlash reports whether s holds a bracket, a slash or a bar: a
// credit (reWire's agency, slash or bar group) needs one.
func bracketOrSlash(s string) bool {
	return strings.IndexByte(s, '(') >= 0 || strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, '|') >= 0
}

// commaOrStop reports whether s holds ", " or ". ": a credit printed
// plain (reWirePlain) follows one.
func commaOrStop(s string) bool {
	return strings.Contains(s, ", ") || strings.Contains(s, ". ")
}

// hasDashOrColon reports whether s holds a hyphen, an en or em dash, or a
// colon (or the Armenian full stop, which ARMENPRESS prints where the
// others print a colon).
func hasDashOrColon(s string) bool {
	return strings.IndexByte(s, '-') >= 0 || strings.IndexByte(s, ':') >= 0 ||
		strings.Contains(s, "–") || strings.Contains(s, "—") || strings.Contains(s, "։")
}

// capitalOrParticle reports whether the word that opens s may be part of
// a place or a date: it opens with a digit or a capital, or it is one of
// the particles of places ("Rio de Janeiro").
func capitalOrParticle(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' {
		return true
	}
	if s[0] >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(s)
		return isUpper(r)
	}
	switch s[0] {
	case 'd', 'l', 'e', 'a', 'u', 'o', 't':
	default:
		return false
	}
	// s opens with "de " exactly when its first word is "de": one switch
	// on the word, not a comparison with each particle.
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return false
	}
	switch s[:i] {
	case "de", "da", "do", "dos", "del", "la", "el", "am", "an", "der", "al", "upon", "and", "of", "the":
		return true
	}
	return false
}

// dayAlone reports whether head's first bracket follows a day alone
// ("MADRID, 5 (EUROPA PRESS)").
func dayAlone(head string) bool {
	i := strings.IndexByte(head, '(')
	return i >= 3 && head[i-1] == ' ' && head[i-2] >= '0' && head[i-2] <= '9'
}

// buildWire checks a wire form's match m in p and builds its dateline.
// before is the wire credited before the place ("(ANSA) - ROMA, 05 MAR -"),
// or the zero wire.
func buildWire(p string, re *regexp.Regexp, m []int, f *wireForm, before wire) (Dateline, bool) {
	place := sub(re, p, m, "place")
	caps := isCaps(place) || place == ""
	if place != "" && (!placeWords(place) || notPlaceWord(place) || !wireWords(place)) ||
		!wireWords(sub(re, p, m, "region")) {
		return Dateline{}, false
	}
	dl := Dateline{Place: titleCase(place)}
	var w wire
	bar := sub(re, p, m, "bar")
	credit := sub(re, p, m, "agency") + sub(re, p, m, "slash") + bar
	if bar != "" && sub(re, p, m, "region") == "" {
		return Dateline{}, false // "World | Reuters | ": the bars credit only after a country
	}
	if f.credit {
		var ok bool
		if w, ok = lookupWire(credit); !ok {
			// an agency not in the table, credited after a place and a
			// date: "BUENOS AIRES, 5 mar (Noticias Argentinas) -"
			if re != reWire() || sub(re, p, m, "slash") != "" && !releaseSlash(re, p, m) || bar != "" {
				return Dateline{}, false
			}
			if w, ok = otherWire(re, p, m, credit); !ok {
				return Dateline{}, false
			}
		}
		if !caps && initialsSpell(place, credit) {
			return Dateline{}, false // "Data Processing Agreement (DPA) -"
		}
		dl.Agency = w.canon
	} else if before.canon != "" {
		dl.Agency = before.canon
	}
	region := sub(re, p, m, "region")
	if _, ok := Weekday(region); ok && sub(re, p, m, "wday") == "" {
		region = "" // "NEW YORK, Wednesday, March 5": the weekday, not a state
	}
	if region != "" {
		switch {
		case isStateAbbrev(region):
			dl.Place += ", " + region // "Baton Rouge, La." as "Washington, DC" is kept
		case f.region && !countries[region]:
			return Dateline{}, false
		}
	}
	dayFirst, dated, ok := wireDate(&dl, re, p, m)
	if !ok || !dated && bareCredit(re, m) || before.canon == "" && stopAfterCredit(re, m) {
		return Dateline{}, false
	}
	if g := re.SubexpIndex("place"); !f.credit && dated && m[2*g+1] < len(p) && p[m[2*g+1]] == ' ' {
		return Dateline{}, false // "SALE 5 MAR -": without a credit, the date follows a comma or a full stop
	}
	// A title-case place is a weaker sign than one in capitals: a short
	// acronym that abbreviates other things too ("AP") needs a place of
	// one or two words or a date; a place and a dash needs a date printed
	// day first, as the continent's agencies print it, or a credit before.
	if !caps {
		switch {
		case w.capsOnly && !dated && strings.Count(place, " ") > 1:
			return Dateline{}, false
		case !f.credit && before.canon == "" && !dayFirst:
			return Dateline{}, false
		}
	}
	sepAt, end := m[1], m[1]
	if g := re.SubexpIndex("sep"); g >= 0 && m[2*g] >= 0 {
		sepAt = m[2*g]
	}
	if f.credit && sepAt == end {
		// "TOKYO, March 5 (Reuters) 10:04 GMT - ": the credit, the time
		// the wire filed the story, and the dash
		sepAt, end = filedClock(p, end)
	}
	if !f.credit && !caps && strings.HasPrefix(p[sepAt:], ":") {
		return Dateline{}, false // "NEW DELHI, March 5: " in capitals only
	}
	if place == "" && sepAt == end {
		return Dateline{}, false // "Oct 5 (Reuters)" needs its dash
	}
	dl.Text = strings.TrimRight(p[:sepAt], " ")
	sep := sepAt < end
	if !dated && !sep && caselessScript(place) {
		// "الرياض (واس) - ": without a date, a place in a script without
		// capitals needs the dash, which a sentence that names the
		// agency in brackets ("نقلت وكالة (واس) عن ...") lacks
		return Dateline{}, false
	}
	n, ok := afterWire(p, end, sep)
	if !ok {
		return Dateline{}, false
	}
	if !f.credit {
		// "МОСКВА, 5 мар - РИА Новости. Текст": the credit after the dash
		if a, end, ok := creditAfter(p, n, place); ok {
			dl.Agency = a
			dl.Text = strings.TrimSuffix(p[:end], ":") // "Trend:" as "Trend"
			if n, ok = afterWire(p, end, true); !ok {
				return Dateline{}, false
			}
			dl.Len = n
			return dl, true
		}
	}
	// Without a date, or without a credit, the story's sentence must
	// follow ("Berlin (dpa) - Die Regierung ...", "ROMA, 5 MAR - Il
	// governo ..."); after a credit and a dash, a short one will do
	// ("Helsinki (STT) - Hallitus esitteli ...").
	words := 6
	if f.credit && sep {
		words = 4
	}
	if (!caps && !dated || !f.credit) && !sentenceOf(p[n:], words) {
		return Dateline{}, false
	}
	dl.Len = n
	return dl, true
}

// wireDate reads the date groups of a wire form's match into dl: whether
// the date is printed day first, whether there is one, and false when the
// date is no date (a month that is no month, a day past the month's end).
func wireDate(dl *Dateline, re *regexp.Regexp, p string, m []int) (dayFirst, dated, ok bool) {
	if wd := sub(re, p, m, "wday"); wd != "" {
		if _, ok := Weekday(wd); !ok {
			return false, false, false
		}
	}
	if wd := sub(re, p, m, "wdayC"); wd != "" {
		_, en := Weekday(wd)
		if _, other := foreignWeekday(wd); !en && !other {
			return false, false, false
		}
	}
	if dk := sub(re, p, m, "dayK"); dk != "" { // KUNA's "الكويت - 4 - 12 (كونا)"
		d, _ := number(dk, 1, 2)
		mo, _ := number(sub(re, p, m, "monK"), 1, 2)
		if mo < 1 || mo > 12 || !validDay(0, time.Month(mo), d) {
			return false, false, false
		}
		dl.Day, dl.Month = d, time.Month(mo)
		return true, true, true
	}
	if dn := sub(re, p, m, "dayN"); dn != "" {
		return wireNumericDate(dl, dn, sub(re, p, m, "monN"), sub(re, p, m, "yearN"))
	}
	mo := sub(re, p, m, "monA") + sub(re, p, m, "monB") + sub(re, p, m, "monC")
	day := sub(re, p, m, "dayA") + sub(re, p, m, "dayB") + sub(re, p, m, "dayC")
	if day == "" {
		return false, false, true
	}
	dl.Day, _ = number(day, 1, 2)
	dayFirst = sub(re, p, m, "dayB") != ""
	year := 0
	if y := sub(re, p, m, "year") + sub(re, p, m, "yearC"); y != "" {
		year, _ = number(y, 4, 4)
		if !yearOK(year) {
			return false, false, false
		}
	}
	if mo == "" { // Europa Press's day alone: a day of no known month, so no date
		ok := dl.Day >= 1 && dl.Day <= 31
		if ok {
			dl.DayAlone = dl.Day
		}
		dl.Day = 0
		return false, false, ok
	}
	month, ok := wireMonthFor(mo, dl.Agency)
	if !ok || !validDay(year, month, dl.Day) {
		return false, false, false
	}
	dl.Month, dl.Year = month, year
	return dayFirst, true, true
}

// wireNumericDate reads a dateline's date printed in numbers, day first
// ("05/03/2025", as MAP prints it): the wires that print one are
// Europe's and Africa's, whose pages put the day first.
func wireNumericDate(dl *Dateline, day, month, year string) (dayFirst, dated, ok bool) {
	d, _ := number(day, 2, 2)
	mo, _ := number(month, 2, 2)
	y, _ := number(year, 4, 4)
	if mo < 1 || mo > 12 || !yearOK(y) || !validDay(y, time.Month(mo), d) {
		return false, false, false
	}
	dl.Day, dl.Month, dl.Year = d, time.Month(mo), y
	return true, true, true
}

// filedClock reads the time a wire filed its story, printed after the
// credit and before the dash ("(Reuters) 10:04 GMT - "): where the time
// ends and where the dash does. Without the time and the dash after it,
// both are at.
func filedClock(p string, at int) (timeEnd, dashEnd int) {
	i := at
	if i >= len(p) || p[i] != ' ' {
		return at, at
	}
	i++
	d := 0
	for i < len(p) && d < 3 && p[i] >= '0' && p[i] <= '9' {
		i, d = i+1, d+1
	}
	if d == 0 || d > 2 || i+3 > len(p) || p[i] != ':' || !isDigit(p[i+1]) || !isDigit(p[i+2]) {
		return at, at
	}
	i += 3
	if i+1 < len(p) && p[i] == ' ' && p[i+1] >= 'A' && p[i+1] <= 'Z' {
		// the zone: "GMT", "UTC", "ET"
		j := i + 1
		for j < len(p) && j-i <= 4 && p[j] >= 'A' && p[j] <= 'Z' {
			j++
		}
		if j-i-1 >= 2 && j-i-1 <= 3 {
			i = j
		}
	}
	timeEnd = i
	if i >= len(p) || p[i] != ' ' {
		return at, at
	}
	i++
	for _, dash := range [...]string{"--", "-", "–", "—"} {
		if strings.HasPrefix(p[i:], dash) {
			return timeEnd, i + len(dash)
		}
	}
	return at, at
}
