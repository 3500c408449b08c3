package dateparse

import (
	"regexp"
	"strings"
	"sync"
	"time"
)

// datelineHead is how far into a paragraph a dateline may reach.
const datelineHead = 120

// The classes list their few ASCII and punctuation members before the
// Unicode class (['\-’\p{L}], not [\p{L}'’\-]): the regexp parser sorts
// a class's ranges, and a range added after the hundreds of \p{L}'s sorts
// across all of them, a third of the cost of parsing the forms
// (TestClassesListedFirst checks that the programs are the same).
const (
	reMonth = `((?i:january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?)`
	reCap   = `((?:ST\. )?\p{Lu}['\-’\p{Lu}]*(?: \p{Lu}['\-’\p{Lu}]*){0,3})`
	reTitle = `((?:S[Tt]\. )?\p{Lu}['\-’\p{L}]*(?: \p{Lu}['\-’\p{L}]*){0,3})`
	reDay   = `(\d{1,2})`
	reDash  = `(?:--|-|–|—)`
)

// A dateline form: the marks of which the paragraph's head must hold one
// (see headMarks; none = always try), the anchored expression, and how to
// read its groups.
type form struct {
	marks mark                   // any one of these must be in the head
	pre   func(head string) bool // a cheaper test than the expression, or nil
	re    func() *regexp.Regexp  // the expression, compiled on first use (lazyRE)
	// group indexes (0 = absent) for place, month, day, year, agency, and
	// a country that must be one of countries or usStates (regionName); an optional month may be
	// absent from a match
	place, month, day, year, agency, country int
	style                                    string
	after                                    afterRule
	// weak forms (a place and a dash, nothing else) need a sentence after
	// them: "RSS - Komentar" or "GIRF - INSTALAÇÃO" are menu items.
	weak bool
}

type afterRule uint8

const (
	afterSpace  afterRule = iota // end of paragraph or white space must follow
	afterAny                     // anything may follow (ArmInfo.Azerbaijan, (Source)–Speaking)
	afterSpaceO                  // end, white space, or a letter (for "–" glued forms)
	// end, white space, or, after an en or em dash, a letter or a quote:
	// the dash glued to the story, as sites print the wires' copy
	// ("LIBREVILLE —Six months after..."); a hyphen glued to a word is
	// the word's ("NEW YORK -based")
	afterSpaceGlued
)

// forms are the dateline forms that belong to no one outlet: the world
// wires' and the generic place-and-dash ones. An outlet's own forms
// (ARMENPRESS, AZERTAC, Trend, Turan, Report, Mediamax, PanARMENIAN, the
// MENAFN credit) are in its rule file, as [[dateline]] patterns read on
// every page; ArmInfo's stays here until it has a rule.
var forms = []form{
	{ // BAKU, March 14. /TASS/.   YEREVAN, April 16. /ARKA/.
		marks: markSlash,
		pre:   daySlash,
		re:    lazyRE(`^` + reTitle + `, ` + reMonth + ` ` + reDay + `\. ?/(\p{L}[ .\-\p{L}]{0,30}?)/\.`),
		place: 1, month: 2, day: 3, agency: 4,
	},
	{ // MOSCOW. Sept 19 (Interfax) -   TEHRAN, Aug. 26 (MNA) –
		marks: markParen,
		pre:   func(head string) bool { return capsWord(head) && dayParen(head) },
		re:    lazyRE(`^` + reCap + `[.,] ` + reMonth + ` ` + reDay + `,? \(([^()]{1,30})\) ?` + reDash),
		place: 1, month: 2, day: 3, agency: 4,
	},
	{ // ArmInfo.
		pre:    func(head string) bool { return strings.HasPrefix(head, "ArmInfo.") },
		re:     lazyRE(`^(ArmInfo)\.`),
		agency: 1, after: afterAny,
	},
	{ // YEREVAN. –
		marks: markDash,
		pre:   func(head string) bool { return capsWord(head) && stopDash(head) },
		re:    lazyRE(`^` + reCap + `\. ?` + reDash),
		place: 1, style: "news.am", weak: true,
	},
	{ // BAKU (Combined Sources)–
		marks: markParen,
		pre:   capsWord,
		re:    lazyRE(`^` + reCap + ` ?\(([^()]{1,30})\) ?` + reDash),
		place: 1, agency: 2, style: "Asbarez", after: afterSpaceO, weak: true,
	},
	{ // YEREVAN --
		marks: markDoubleDash,
		pre:   capsWord,
		re:    lazyRE(`^` + reCap + ` --`),
		place: 1, style: "RFE/RL", weak: true,
	},
	{ // TALLINN, Estonia —   BEIRUT, Lebanon, June 2 —   PORTLAND, Maine, March 14, 2024 —
		// CONAKRY, Guinea —A prominent...   SANTOS, Brazil— Coffee...
		marks: markDash,
		pre:   capsThenTitle,
		re:    lazyRE(`^` + reCap + `, (\p{Lu}[\-\p{L}]*(?: (?:(?:and|of) )?\p{Lu}[\-\p{L}]*){0,3})(?:, ` + reMonth + ` ` + reDay + `(?:, (\d{4}))?)?(?: ` + reDash + `|[–—])`),
		place: 1, country: 2, month: 3, day: 4, year: 5, after: afterSpaceGlued, weak: true,
	},
	{ // WASHINGTON, DC –   MOSCOW —   LIBREVILLE —Six months...   CONAKRY—Guinea's...
		marks: markDash,
		pre:   func(head string) bool { return capsWord(head) && capsDash(head) },
		re:    lazyRE(`^` + reCap + `((?:, (?:[A-Z]{2}|D\.C\.|[A-Z][a-z]{1,4}\.))?)(?: ` + reDash + `|[–—])`),
		place: 1, style: "Armenian Weekly", after: afterSpaceGlued, weak: true,
	},
}

// notPlaces are capitalised words that open paragraphs in the dash forms
// without being a place.
var notPlaces = map[string]bool{
	"UPDATE": true, "UPDATED": true, "BREAKING": true, "NOTE": true, "VIDEO": true,
	"PHOTO": true, "PHOTOS": true, "ANALYSIS": true, "OPINION": true, "EXCLUSIVE": true,
	"WATCH": true, "READ": true, "ALSO": true, "EDITORIAL": true, "INTERVIEW": true,
	"COMMENT": true, "LIVE": true, "URGENT": true, "CORRECTION": true, "ADVERTISEMENT": true,
	"NEWS": true, "Q": true, "A": true, "I": true, "OK": true, "TV": true, "THE": true,
	// interjections, labels and broadcasters that open list items
	"WOW": true, "OMG": true, "FYI": true, "TIP": true, "TIPS": true, "FAQ": true, "UX": true, "UI": true,
	"NPR": true, "PBS": true, "BBC": true, "CNN": true, "ABC": true, "CBS": true, "NBC": true, "MSNBC": true,
}

// capsWord reports whether head may open with a word in capitals, as the
// forms that start with reCap need: the ASCII bytes before the first that
// is no capital, apostrophe or hyphen, and that byte, are no lower-case
// letter or digit. "The ...", "In 2025" and "COP29" are turned down
// without the expression; a byte of 0x80 or above may be a capital or "’".
func capsWord(head string) bool {
	for i := 0; i < len(head); i++ {
		switch c := head[i]; {
		case c >= 'A' && c <= 'Z' || c == '\'' || c == '-':
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			return false
		default:
			return true
		}
	}
	return true
}

// capsThenTitle reports whether head opens with a word in capitals, a
// comma and a word in title case ("TALLINN, Estonia"): what the
// city-country form needs, tested without the expression.
func capsThenTitle(head string) bool {
	i := 0
	for i < len(head) {
		c := head[i]
		if c == ',' {
			break
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			return false
		}
		i++
	}
	return i > 1 && i+3 < len(head) && head[i+1] == ' ' &&
		(head[i+2] >= 'A' && head[i+2] <= 'Z' || head[i+2] >= 0x80) &&
		(head[i+3] >= 'a' && head[i+3] <= 'z' || head[i+3] >= 0x80)
}

// lazyRE returns expr compiled on first use: compiling the forms was most
// of the package's start-up, paid by every process, HTML-only ones too.
// The tests run every form (a bad expression would panic at its first
// use).
func lazyRE(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// foreignMonths maps the month names of other languages that date lines
// print, lower-case, to their months: French, Spanish, Portuguese,
// Italian, German, Dutch, Polish and Russian (the genitive, as after a
// day: "5 marca 2025", "5 марта 2025", and the nominative), Turkish, and
// the abbreviations that are no English word ("févr.", "Okt.", "dic.").
// Built on first use (package start-up is paid by every process).
var foreignMonths = sync.OnceValue(func() map[string]time.Month {
	names := [12]string{
		"janvier janv enero ene janeiro jan gennaio januar januari stycznia styczeń ocak января январь",
		"février févr fevrier febrero feb fevereiro fev febbraio februar februari lutego luty şubat subat февраля февраль",
		"mars marzo março marco märz mär maart mrt marca marzec mart марта март",
		"avril avr abril abr aprile april kwietnia kwiecień nisan апреля апрель",
		"mai mayo maio maggio mei maja maj mayıs mayis мая май",
		"juin junio junho giugno giu juni czerwca czerwiec haziran июня июнь",
		"juillet juil julio julho luglio lug juli lipca lipiec temmuz июля июль",
		"août aout agosto ago augustus sierpnia sierpień ağustos agustos августа август",
		"septembre septiembre setiembre setembro settembre september września wrzesień eylül eylul сентября сентябрь",
		"octobre octubre outubro ottobre ott oktober okt października październik ekim октября октябрь",
		"novembre noviembre novembro november listopada listopad kasım kasim ноября ноябрь",
		"décembre déc decembre diciembre dic dezembro dez dicembre dezember december grudnia grudzień aralık aralik декабря декабрь",
	}
	return monthMap(&names, 256)
})

// monthMap maps each word of names[i], a space-separated list of a
// month's names, to month i+1, in a map made for size names (what it
// will hold in the end: growing it on the way costs more than the
// filling).
func monthMap(names *[12]string, size int) map[string]time.Month {
	m := make(map[string]time.Month, size)
	for i, list := range names {
		for _, w := range strings.Fields(list) {
			m[w] = time.Month(i + 1)
		}
	}
	return m
}

// foreignMonth reads a month name of another language ([foreignMonths]),
// in any case, with or without a final full stop.
func foreignMonth(s string) (time.Month, bool) {
	var buf nameBuf
	n, ok := lowerName(s, &buf)
	if !ok {
		return 0, false
	}
	m, ok := foreignMonths()[string(buf[:n])] // no allocation: a lookup by a converted byte slice
	if !ok {
		m, ok = moreMonths()[string(buf[:n])]
	}
	if !ok {
		m, ok = greekPlainMonth(buf[:n]) // "ΜΑΡΤΙΟΥ": capitals drop the accents
	}
	return m, ok
}
