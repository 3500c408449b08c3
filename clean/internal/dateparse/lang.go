package dateparse

import (
	"strings"
	"time"
)

// Lang is a page's language as far as its month names go: the languages
// that spell a month's name as another language spells another month's
// ([langMonths]). NoLang, the zero value, reads every name as the
// month lists give it, as the functions without a language do.
type Lang uint8

// The languages whose month names clash with another's.
const (
	NoLang   Lang = iota
	Croatian      // "listopad" is October
	Bosnian       // as Croatian: "listopad" is October
	Slovene       // the old names: "prosinec" is January, "listopad" November
	Polish        // "listopad" is November
	Czech         // "listopad" is November, "prosinec" December
	// The languages that print "des" between a day and a year: as
	// December (Indonesian, Malay) or as an article between two counts
	// ("12 des 2025 élèves"; French, and Spanish and Portuguese pages
	// that quote it). Their months read as the month lists give them; the
	// page's language settles only what "des" is (package clean's gate).
	Indonesian
	Malay
	French
	Spanish
	Portuguese
	// Chinese as Taiwan writes it (zh-TW, zh-Hant-TW): its pages print a
	// numeric date with a Minguo year ("114/03/04", minguo.go), read as
	// one on such a page even where the line holds no Han character.
	TaiwanChinese
)

// langMonths are the month names that name another month in another
// language, with the month each clashing language gives them; a name
// not here, or a language not given, is read by the month lists, which
// take the Polish and Czech November for "listopad", the Czech December
// for "prosinec" and the Croatian December for "prosinca" (Croatian's
// "prosinac", of which "prosinca" is the genitive; TestMonthClashes lists
// every clash and the near names that do not clash).
var langMonths = [...]struct {
	lang Lang
	word string
	m    time.Month
}{
	{Croatian, "listopad", time.October}, {Croatian, "listopada", time.October}, {Croatian, "listopadu", time.October},
	{Bosnian, "listopad", time.October}, {Bosnian, "listopada", time.October}, {Bosnian, "listopadu", time.October},
	{Slovene, "prosinec", time.January}, {Slovene, "prosinca", time.January},
	{Slovene, "listopad", time.November}, {Slovene, "listopada", time.November},
	{Polish, "listopad", time.November}, {Polish, "listopada", time.November},
	{Czech, "listopad", time.November}, {Czech, "listopadu", time.November},
}

// Clashes reports whether a date read without a language in month m may
// read otherwise in a page's language: m is the month the month lists
// give a name that clashes (November, "listopad"; December, "prosinec").
// A reader that knows no language yet reads a line first, and asks for
// the page's language only for such a date.
func Clashes(m time.Month) bool { return m == time.November || m == time.December }

// LangOf returns the Lang of a language tag ("hr", "hr-HR", "hr_HR",
// "HR", as <html lang>, og:locale or a content-language meta print it),
// NoLang for a tag of any other language or none.
func LangOf(tag string) Lang {
	if len(tag) < 2 || len(tag) > 2 && tag[2] != '-' && tag[2] != '_' {
		return NoLang
	}
	switch strings.ToLower(tag[:2]) {
	case "zh":
		return chineseLang(strings.ToLower(tag))
	case "hr":
		return Croatian
	case "bs":
		return Bosnian
	case "sl":
		return Slovene
	case "pl":
		return Polish
	case "cs":
		return Czech
	case "id":
		return Indonesian
	case "ms":
		return Malay
	case "fr":
		return French
	case "es":
		return Spanish
	case "pt":
		return Portuguese
	}
	return NoLang
}

// langMonth returns the month word names in lang when the name clashes
// ([langMonths]); ok is false for NoLang, a name that does not clash, or
// one lang does not spell.
func langMonth(word string, lang Lang) (time.Month, bool) {
	if lang == NoLang || lang >= Indonesian { // they spell no clashing name
		return 0, false
	}
	var buf nameBuf
	n, ok := lowerName(word, &buf)
	if !ok {
		return 0, false
	}
	for _, e := range &langMonths {
		if e.lang == lang && e.word == string(buf[:n]) {
			return e.m, true
		}
	}
	return 0, false
}

// month reads word as a month's name in the parser's language: a name
// that clashes takes that language's month ([langMonth]), any other is
// read as [monthAny] reads it.
func (p *lineParser) month(word string) (time.Month, bool) {
	if p.lang != NoLang {
		if m, ok := langMonth(word, p.lang); ok {
			return m, true
		}
	}
	return monthAny(word)
}

// DateLineIn is [DateLine] on a page in language lang: a month's name
// that names another month in another language ("listopada", October in
// Croatian and November in Polish) is read as lang reads it. With NoLang
// it is DateLine.
func DateLineIn(line string, lang Lang) (st Stamp, label string, ok bool) {
	if len(line) <= MaxLineLen {
		line, _ = FoldDigits(line) // "٤ مارس ٢٠٢٥", "०४ मार्च २०२५"
	}
	if len(line) < 4 || len(line) > MaxLineLen || !shortWithNumbers(line, 2) {
		return Stamp{}, "", false // every date it reads has two numbers (see shortWithNumbers)
	}
	return readDateLineIn(line, lang)
}

// chineseLang returns TaiwanChinese for a Chinese tag (lower-cased) with
// Taiwan's region ("zh-tw", "zh_tw", "zh-hant-tw") and NoLang for the
// others: Hong Kong's and Macau's ("zh-hant-hk", "zh-mo") count no Minguo
// years, nor do the mainland's or Singapore's, and the traditional
// script's tag alone ("zh-hant") is Hong Kong's and Macau's as much as
// Taiwan's (package htmldoc gives it Taiwan's region where the page's
// og:locale or its .tw address says so).
func chineseLang(tag string) Lang {
	for part := range strings.FieldsFuncSeq(tag[2:], func(r rune) bool { return r == '-' || r == '_' }) {
		if part == "tw" {
			return TaiwanChinese
		}
	}
	return NoLang
}
