package clean

import "strings"

// worldAuthorClasses are the words other languages' templates name the
// author's element by, in a class or an id: Spanish, Portuguese, Polish,
// Czech, Slovak, German, Romanian and Croatian "autor" (with its endings:
// Italian "autore", "autori", Spanish "autores", German "autorin"),
// French and Dutch "auteur", Hungarian "szerzo", Danish and Norwegian
// "forfatter", Swedish "forfattare" and "skribent", Finnish "kirjoittaja",
// Turkish "yazar", Indonesian and Malay "penulis".
var worldAuthorClasses = [...]string{"autor", "auteur", "szerzo", "forfatter", "forfattare", "skribent", "kirjoittaja", "yazar", "penulis"}

// maxClassTail bounds the letters a class word of [worldAuthorClasses]
// may run on by inside one word of a class ("autore", "autorbox",
// "autorname"): more make another word ("autoresize").
const maxClassTail = 4

// worldAuthorWords are class words other languages' templates name the
// author's element by that count only whole, with no letters run on:
// Italian and Spanish "firma" (the signature, a byline), as "firmaadresse"
// and "firmanavn" are a company's address and name in Danish and
// Norwegian; and Vietnamese "tacgia" (tác giả), also written as two words
// "tac-gia", "tac_gia" or "tacGia" (see [worldAuthorClass]).
var worldAuthorWords = [...]string{"firma", "tacgia"}

// worldAuthorClass reports whether a class or id value names the author's
// element in another language ([worldAuthorClasses]): one of its words,
// split at anything that is no letter and at a lower-case letter's
// capital ("nome-autor", "articolo__autore", "autorName"), opens with such
// a word and runs on by at most [maxClassTail] letters; "autorun" and
// "autoplay" are the words of a player, never an author's. A word of
// [worldAuthorWords] counts only whole ("firma", "articolo-firma"), and
// "tac" then "gia" after one hyphen or underscore or none ("tac-gia",
// "tacGia") count as "tacgia".
func worldAuthorClass(v string) bool {
	if len(v) < 5 || len(v) > 200 {
		return false
	}
	start := -1
	prevStart, prevEnd := -1, -1
	for i := 0; i <= len(v); i++ {
		c := byte(0)
		if i < len(v) {
			c = v[i]
		}
		lower := c >= 'a' && c <= 'z'
		upper := c >= 'A' && c <= 'Z'
		if start >= 0 && (!lower && !upper || upper && v[i-1] >= 'a' && v[i-1] <= 'z') {
			w := v[start:i]
			if classWordAuthor(w) || tacGia(v, prevStart, prevEnd, start, i) {
				return true
			}
			prevStart, prevEnd = start, i
			start = -1
		}
		if start < 0 && (lower || upper) {
			start = i
		}
	}
	return false
}

// tacGia reports whether the class word v[s:e] is "gia" and the word
// before it, v[ps:pe], is "tac" with at most one hyphen or underscore
// between them ("tac-gia", "tac_gia", "tacGia"), in any case.
func tacGia(v string, ps, pe, s, e int) bool {
	if ps < 0 || !strings.EqualFold(v[s:e], "gia") || !strings.EqualFold(v[ps:pe], "tac") {
		return false
	}
	return s == pe || s == pe+1 && (v[pe] == '-' || v[pe] == '_')
}

// classWordAuthor reports whether one word of a class opens with a word of
// [worldAuthorClasses] and runs on by at most [maxClassTail] letters, or
// is a word of [worldAuthorWords].
func classWordAuthor(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, a := range worldAuthorWords {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	for _, a := range worldAuthorClasses {
		if len(w) >= len(a) && len(w) <= len(a)+maxClassTail && strings.EqualFold(w[:len(a)], a) && !strings.EqualFold(w, "autorun") {
			return true
		}
	}
	return false
}
