package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// forOutletWords are the prepositions, with the spaces around them, that a
// contributor's byline prints between her name and the paper she writes
// for: English "for", Spanish and Portuguese "para", French "pour",
// Italian "per", German "für".
var forOutletWords = [...]string{" for ", " para ", " pour ", " per ", " für "}

// nameForOutlet returns the name of a line that prints a person's name and
// the outlet she writes for after a preposition ("Jane Doe for The Daily
// Post", "Lucía Ortega para El Diario del Sur", "Julien Moreau pour Le
// Courrier du Sud"); "" for any other line: the words before the
// preposition must be a person's name and those after it an outlet's
// ([outletShaped]: opened by an article and naming a paper by one of
// outletNouns), so that "Skills Catalog for Codex", a headline's "Dario
// Lenti for The Ages" and "Vote Jane Doe for The Council" give none. The
// first preposition in the line is the one read. A photographer's credit
// for a paper ("Theo Vance for The New York Times") reads the same.
func nameForOutlet(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 100 {
		return ""
	}
	k, n := -1, 0
	for _, w := range forOutletWords {
		if i := strings.Index(s, w); i > 0 && (k < 0 || i < k) {
			k, n = i, len(w)
		}
	}
	if k < 0 {
		return ""
	}
	name, outlet := strings.TrimSpace(s[:k]), strings.TrimSpace(s[k+n:])
	if personShaped(name) && !jobTitle(name) && !notPersonWords(name) && outletShaped(outlet) {
		return name
	}
	return ""
}

// outletNouns are the words, in lower case, a paper's or a magazine's
// name holds in the languages of forOutletWords ("The Harbor Post", "El
// Diario del Sur", "Le Courrier du Sud", "Il Corriere di Roma", "O
// Jornal da Serra"); a German name may end in one of outletNounEnds
// ("Die Ufer Zeitung", "Der Talanzeiger"). A name without one ("The
// Ages", "The Council", "Die Mannschaft") is no paper's as far as the
// byline is concerned.
var outletNouns = newWordSet(
	"post", "times", "news", "herald", "gazette", "tribune", "journal", "chronicle", "courier",
	"express", "mail", "telegraph", "guardian", "observer", "independent", "standard", "globe",
	"record", "review", "magazine", "daily", "weekly", "press", "bulletin", "examiner", "inquirer",
	"ledger", "register", "monitor", "dispatch", "mercury", "sentinel", "star", "sun", "reporter",
	"diario", "periódico", "noticias", "heraldo", "correo", "prensa", "crónica", "mundo", "país",
	"courrier", "monde", "presse", "nouvelles", "dépêche", "quotidien", "écho", "tribune", "soir",
	"corriere", "gazzetta", "giornale", "messaggero", "stampa", "notizie", "mattino", "eco",
	"jornal", "folha", "diário", "correio", "gazeta", "notícias", "globo",
	"zeitung", "anzeiger", "kurier", "rundschau", "nachrichten", "bote", "blatt", "tagblatt",
)

// outletNounEnds are the endings of a German paper's compound name.
var outletNounEnds = [...]string{"zeitung", "blatt", "anzeiger", "kurier", "bote"}

// outletNamed reports whether one of the words of s, a would-be outlet's
// name, is a paper's noun (outletNouns, outletNounEnds).
func outletNamed(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(w)
		if outletNouns[w] {
			return true
		}
		for _, e := range outletNounEnds {
			if strings.HasSuffix(w, e) {
				return true
			}
		}
	}
	return false
}

// outletLowerWords are the lower-case words an outlet's name may hold
// between its capitalised ones ("El Diario del Sur", "Le Courrier du
// Sud", "The Voice of the Valley").
var outletLowerWords = newWordSet("of", "the", "and", "de", "del", "du", "des", "la", "le", "el", "di", "da", "do", "der", "die", "&",
	"della", "dello", "dei", "degli", "dos", "das")

// outletArticles are the capitalised articles a paper's name opens with
// ("The Daily Post", "El Diario", "Le Courrier", "Die Zeit").
var outletArticles = newWordSet("The", "El", "La", "Las", "Los", "Le", "Les", "Il", "Lo", "Der", "Die", "Das", "De", "Het", "O", "A")

// outletShaped reports whether s reads as a paper's name: two to six
// words, the first an article of outletArticles (a title's "Skills
// Catalog for Codex" or "Getting Ready for GigaGas" names no paper), each
// capitalised or one of outletLowerWords, no digit and no sentence's end,
// and one word a paper's noun ([outletNamed]).
func outletShaped(s string) bool {
	if s == "" || digitByteIn(s) || !fieldsAtMost(s, 6) {
		return false
	}
	if first, _, more := strings.Cut(s, " "); !more || !outletArticles[first] {
		return false
	}
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return false
	}
	for i, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if i == 0 || !outletLowerWords[w] {
			return false
		}
	}
	return outletNamed(s)
}

// bylineMarkers are the words, in lower case, a byline opens with before
// its names in the languages whose deck a sentence in lower case may
// open with them too: English "by", Italian "di", French "par", Spanish
// and Portuguese "por", German "von", Dutch "door", Swedish and
// Norwegian "av".
var bylineMarkers = newWordSet("by", "di", "par", "por", "von", "door", "av")

// markerByline reports whether s opens with a word of bylineMarkers and
// reads as a byline ([bylineNames]): "di Marco Bellini, foto di Sara
// Conti" under a headline is its byline, no deck however it is set. What
// follows a comma must be a credit ([creditAfterComma]): "di Mario
// Rossi, il piano per i bus notturni" is a deck that opens with a name.
func markerByline(s string) bool {
	w, _, ok := strings.Cut(s, " ")
	if !ok || len(w) > 4 || !bylineMarkers[strings.ToLower(w)] {
		return false
	}
	if _, rest, comma := strings.Cut(s, ","); comma && !creditAfterComma(strings.TrimSpace(rest)) {
		return false
	}
	return len(bylineNames(s)) > 0
}

// commaCreditWords are the words, in lower case, a credit after a
// byline's comma opens with: a picture's or a video's label ("foto di",
// "photos by", "Bilder:") or a contribution's ("avec AFP", "with Reuters",
// "con ANSA", "mit dpa").
var commaCreditWords = newWordSet(
	"foto", "fotos", "photo", "photos", "photography", "pictures", "picture", "images", "bilder", "bild",
	"video", "videos", "illustration", "illustrations", "graphics", "immagini", "vídeo", "fotografía",
	"fotografia", "avec", "with", "con", "com", "mit", "met", "med", "additional", "and", "et", "e", "y", "und", "en", "och", "og",
)

// creditAfterComma reports whether rest, what follows a byline's first
// comma, is a credit: nothing, a word of commaCreditWords first, or more
// names ("John Roe and Ann Poe": each word capitalised or a joining word
// of commaCreditWords).
func creditAfterComma(rest string) bool {
	if rest == "" {
		return true
	}
	first, _, _ := strings.Cut(rest, " ")
	if commaCreditWords[strings.ToLower(strings.TrimRight(first, ":"))] {
		return true
	}
	for _, w := range strings.Fields(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !commaCreditWords[w] {
			return false
		}
	}
	return true
}
