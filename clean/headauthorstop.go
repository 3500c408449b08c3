package clean

import (
	"strings"
	"unicode/utf8"
)

// sentenceEnd reports whether a word of a byline ends a sentence, so that
// the name ends with it ([trimName]: "Jane Doe. Last Updated on ..."): a
// word of three letters or more with a dot after it and none inside, not
// an initial ("J."), a degree's letters ("M.D."), nor a title or a
// generation a name carries ([nameDots]: "Esq.", "Snr.").
func sentenceEnd(w string) bool {
	inner, ok := strings.CutSuffix(w, ".")
	return ok && utf8.RuneCountInString(inner) >= 3 && !strings.Contains(inner, ".") && !nameDots[strings.ToLower(inner)]
}

// nameDots are the abbreviations of three letters or more written with a
// dot inside a name or a byline: titles before it, generations and
// honours after it.
var nameDots = map[string]bool{
	"snr": true, "jnr": true, "esq": true, "mrs": true, "prof": true, "rev": true, "hon": true,
	"gen": true, "col": true, "capt": true, "sgt": true, "gov": true, "sen": true, "rep": true,
}
