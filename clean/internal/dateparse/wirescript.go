package dateparse

import (
	"unicode"
	"unicode/utf8"
)

// The wires of South Asia and the Arab world print their datelines in
// scripts without capitals, so the place is known by its script, not by
// its case, and a known wire's credit must follow it:
//
//	नई दिल्ली, 4 मार्च (भाषा)              PTI's Hindi service
//	ঢাকা, ৪ মার্চ, ২০২৫ (বাসস) :           BSS (digits folded first)
//	أبوظبي في 4 مارس / وام /                WAM, QNA: "في" (on) before the day
//	اسلام آباد، 4 مارچ (اے پی پی):          APP's Urdu service: the Arabic comma
//	الرياض (واس) -                          SPA: a place and the credit, no date
//	القاهرة - (أ ش أ) -                     MENA: a dash before the credit too
//	عمان 4 كانون الأول (بترا) -             Petra: the Levant's month of two words
//	الكويت - 4 - 12 (كونا) --               KUNA: day and month in numbers between dashes
//	თბილისი, 4 მარტი. /ინტერპრესნიუსი/.    Interpressnews's Georgian service
const reScriptWord = `[\p{Devanagari}\p{Bengali}\p{Arabic}\p{Hebrew}\p{Thai}\p{Georgian}]+`

// reWireScript is that form: a place of one to three such words, maybe a
// day and a month (after "في", or KUNA's in numbers between dashes), maybe a year, and the credit in brackets
// or between slashes, then maybe a dash or a colon.
var reWireScript = lazyRE(`^(?P<place>` + reScriptWord + `(?: ` + reScriptWord + `){0,2}?)[,،]?(?: - (?P<dayK>\d{1,2}) - (?P<monK>\d{1,2}))?(?: (?:في )?(?P<dayB>\d{1,2}) (?P<monB>` + reScriptWord + `(?: ال(?:أول|ثاني))?)(?:[,،]? (?P<year>\d{4}))?)?[,،.]? ?(?:[-–—] )?(?:\((?P<agency>[^()]+)\)|/ ?(?P<slash>[^/\s][^/]*?) ?/\.?)(?P<sep> ?(?:--|-|–|—|:))?`)

// caselessScript reports whether s opens with a letter of a script that
// has no capitals (Devanagari, Bengali, Arabic, Hebrew, Thai, and Georgian
// as its pages print it, in Mkhedruli).
func caselessScript(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.In(r, unicode.Devanagari, unicode.Bengali, unicode.Arabic, unicode.Hebrew, unicode.Thai, unicode.Georgian)
}
