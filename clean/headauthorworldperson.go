package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameOnlyLabels are the colon-less labels of [worldLabels] whose words
// also open a phrase that names no writer: Spanish "reportaje de" is "a
// report by" and as well "a report from" an outlet ("Reportaje de Canal
// Sur") or "a report of" a kind ("Reportaje de Investigación"), and
// Finnish "kirjoittanut" (written by) credits a newspaper as often
// ("Kirjoittanut Helsingin Sanomat"). After them worldBy wants a person's
// name ([labelledPerson]).
var nameOnlyLabels = [...]string{"reportaje de", "kirjoittanut"}

// nameOnlyLabel reports whether folded, a label of [foldedLabels] (in
// upper case), is one of [nameOnlyLabels].
func nameOnlyLabel(folded []byte) bool {
	for _, l := range nameOnlyLabels {
		if len(folded) == len(l) && strings.EqualFold(string(folded), l) {
			return true
		}
	}
	return false
}

// outletWords are, in lower case, the words of a newspaper's, a
// broadcaster's or an agency's name in the languages of [nameOnlyLabels]
// and English: a name holding one is an outlet's, not a person's.
var outletWords = map[string]bool{
	"canal": true, "radio": true, "televisión": true, "tv": true, "diario": true, "periódico": true,
	"agencia": true, "noticias": true, "redacción": true, "prensa": true, "grupo": true,
	"sanomat": true, "uutiset": true, "lehti": true, "yle": true, "mtv": true,
	"news": true, "times": true, "press": true, "media": true,
}

// labelledPerson reports whether rest, what follows a label of
// [nameOnlyLabels], opens with a person's name: two words or more, each
// opening with a capital, before anything that is no word of a name, and
// none of them an outlet's word ([outletWords]) or one ending in one
// ("Iltalehti", "Kauppalehti").
func labelledPerson(rest string) bool {
	words := 0
	for _, w := range strings.Fields(rest) {
		if words == maxLabelledPersonWords {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		lw := strings.ToLower(strings.TrimRight(w, ".,;|"))
		if outletWords[lw] || strings.HasSuffix(lw, "lehti") || strings.HasSuffix(lw, "sanomat") {
			return false
		}
		words++
	}
	return words >= 2
}

// maxLabelledPersonWords bounds the words [labelledPerson] reads.
const maxLabelledPersonWords = 4
