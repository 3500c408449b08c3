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

// worldAuthorClass reports whether a class or id value names the author's
// element in another language ([worldAuthorClasses]): one of its words,
// split at anything that is no letter and at a lower-case letter's
// capital ("nome-autor", "articolo__autore", "autorName"), opens with such
// a word and runs on by at most [maxClassTail] letters; "autorun" and
// "autoplay" are the words of a player, never an author's.
func worldAuthorClass(v string) bool {
	if len(v) < 5 || len(v) > 200 {
		return false
	}
	start := -1
	for i := 0; i <= len(v); i++ {
		c := byte(0)
		if i < len(v) {
			c = v[i]
		}
		lower := c >= 'a' && c <= 'z'
		upper := c >= 'A' && c <= 'Z'
		if start >= 0 && (!lower && !upper || upper && v[i-1] >= 'a' && v[i-1] <= 'z') {
			if classWordAuthor(v[start:i]) {
				return true
			}
			start = -1
		}
		if start < 0 && (lower || upper) {
			start = i
		}
	}
	return false
}

// classWordAuthor reports whether one word of a class opens with a word of
// [worldAuthorClasses] and runs on by at most [maxClassTail] letters.
func classWordAuthor(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, a := range worldAuthorClasses {
		if len(w) >= len(a) && len(w) <= len(a)+maxClassTail && strings.EqualFold(w[:len(a)], a) && !strings.EqualFold(w, "autorun") {
			return true
		}
	}
	return false
}
