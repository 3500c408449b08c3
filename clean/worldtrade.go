package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// worldTrades are the words, in lower case and whole, a note about a
// writer names their trade with in the languages of worldNoteVerbs
// ("Redakteurin", "journaliste", "verslaggever", "dziennikarką"): the world
// path (isWorldWriterNote) asks for one of them, not a verb of writing or
// a part of a longer word, since a story's sentence about someone else
// writes ("... und schreibt jeden Monat an die Stadt") and its words hold
// trades inside them ("Autoridad", "Autoren").
var worldTrades = map[string]bool{
	"journalist": true, "reporter": true, "correspondent": true, "editor": true, "columnist": true, // shared (Dutch, Swedish, Indonesian ...)
	"journalistin": true, "redakteur": true, "redakteurin": true, "chefredakteur": true, "chefredakteurin": true, // German
	"reporterin": true, "autor": true, "autorin": true, "korrespondent": true, "korrespondentin": true,
	"kolumnist": true, "kolumnistin": true, "volontär": true, "volontärin": true,
	"journaliste": true, "rédacteur": true, "rédactrice": true, "correspondant": true, "correspondante": true, // French
	"chroniqueur": true, "chroniqueuse": true, "éditorialiste": true, "pigiste": true,
	"periodista": true, "redactor": true, "redactora": true, "reportero": true, "reportera": true, // Spanish
	"corresponsal": true, "columnista": true, "cronista": true,
	"giornalista": true, "redattore": true, "redattrice": true, "corrispondente": true, "editorialista": true, // Italian
	"jornalista": true, "repórter": true, "redator": true, "redatora": true, "correspondente": true, "colunista": true, // Portuguese
	"verslaggever": true, "verslaggeefster": true, "redacteur": true, "redactrice": true, // Dutch
	"dziennikarz": true, "dziennikarka": true, "dziennikarką": true, "dziennikarzem": true, "redaktor": true, // Polish
	"redaktorka": true, "redaktorką": true, "redaktorem": true, "reporterka": true, "reporterką": true, "reporterem": true,
	"korespondent": true, "korespondentka": true, "korespondentką": true, "publicysta": true, "publicystka": true,
	"redaktör": true, "redaktør": true, "skribent": true, "krönikör": true, "journalisten": true, // Swedish, Danish, Norwegian
	"jurnalis": true, "wartawan": true, "wartawati": true, "redaktur": true, "koresponden": true, "penulis": true, // Indonesian, Malay
}

// namesWorldTrade reports whether the first sentence of s (firstSentence)
// holds a whole word of worldTrades, read word by word with no copy of s
// but of each word's lower case.
func namesWorldTrade(s string) bool {
	s = firstSentence(s)
	if len(s) > 400 {
		return false
	}
	start := -1
	for i := 0; i <= len(s); i++ {
		var r rune = ' '
		size := 1
		if i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			i += size - 1
			continue
		}
		if start >= 0 && worldTrades[strings.ToLower(s[start:i])] {
			return true
		}
		start = -1
		i += size - 1
	}
	return false
}

// firstSentence is s up to its first mark that ends a sentence (".", "!",
// "?", "。", "։"), or all of s where the first such mark opens it, found
// by a byte loop: the marks of more than a byte are read only at their
// first byte.
func firstSentence(s string) string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
		case 0xE3: // "。" is E3 80 82
			if !strings.HasPrefix(s[i:], "。") {
				continue
			}
		case 0xD6: // "։" is D6 89
			if !strings.HasPrefix(s[i:], "։") {
				continue
			}
		default:
			continue
		}
		if i == 0 {
			return s // a mark that opens s cuts nothing
		}
		return s[:i]
	}
	return s
}

// holdsWordStart reports whether lower holds w at a word's start: at
// lower's start or after a rune that is no letter, so that "écrit" is not
// read in "décrit" nor "pisze" in "podpisze". A word of Han or Hangul
// ("记者", "기자") is read anywhere, since those scripts write no spaces.
func holdsWordStart(lower, w string) bool {
	anywhere := w[0] >= 0xE0 && !latinLike(w)
	for from := 0; from < len(lower); {
		k := strings.Index(lower[from:], w)
		if k < 0 {
			return false
		}
		k += from
		if anywhere || k == 0 {
			return true
		}
		if r, _ := utf8.DecodeLastRuneInString(lower[:k]); !unicode.IsLetter(r) {
			return true
		}
		from = k + 1
	}
	return false
}

// latinLike reports whether w's first rune is of a script that parts words
// with spaces (all but Han and Hangul here).
func latinLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hangul, r)
}

// nameDeterminers are articles, in lower case, of the languages of
// worldNoteVerbs: a line that opens with one opens with a noun ("Der
// Autor ist ...", "La Autoridad ...", "De redactie ..."), not a name.
var nameDeterminers = map[string]bool{
	"the": true, "a": true, "an": true,
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true, "eine": true, "einen": true, "einer": true,
	"le": true, "la": true, "les": true, "un": true, "une": true, "du": true,
	"el": true, "los": true, "las": true, "una": true, "uno": true,
	"il": true, "lo": true, "gli": true, "i": true,
	"o": true, "os": true, "as": true, "um": true, "uma": true,
	"de": true, "het": true, "een": true,
	"en": true, "ett": true,
}

// opensWithDeterminer reports whether name's first word is one of
// nameDeterminers, whatever its case.
func opensWithDeterminer(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return len(first) <= 5 && nameDeterminers[strings.ToLower(first)]
}
