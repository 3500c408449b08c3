package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A short line over a long headline in a headline's capitals
// (shortOverCasedHeadline) is read as a label, not the headline, only
// where the page backs that reading: a short headline ("Meet the New
// Boss", "Pier vote passes narrowly") fails headlineCased as often as a
// site's name does.

// maxLabelCreditGap is how many blocks under the headline labelOverHeadline
// reads for a picture's credit that names the line over it ("Marta Olsen
// for The Daily Courier"): the head's caption and credit, not the story.
const maxLabelCreditGap = 12

// labelOverHeadline reports whether block up, a short line over the
// headline-shaped block t, is a label the page backs: a credit's own words
// ("Courtesy of the trust", "Photo: Jane Doe"), a section's name ("Local
// news"), or the outlet a picture's credit under t names ("Marta Olsen for
// The Daily Courier", "© The Daily Courier"). It reads at most
// maxLabelCreditGap blocks.
func (p *Page) labelOverHeadline(up, t int) bool {
	if up < 0 || up >= len(p.blocks) {
		return false
	}
	s := strings.TrimSpace(p.blocks[up].Text)
	if s == "" {
		return false
	}
	return sectionName(s) || p.creditLabel(s, t)
}

// creditLabel reports whether s, a short line over block t, is a credit's
// own words or the outlet a picture's credit under t names: no kicker over
// the headline either (a section's name is one).
func (p *Page) creditLabel(s string, t int) bool {
	return creditWordsOver(s) || p.creditNamesBelow(s, t)
}

// creditWordsOver reports whether s opens as a picture's credit does:
// "Courtesy (of) ...", or a whole credit line ("Photo: Jane Doe").
func creditWordsOver(s string) bool {
	return (hasFoldPrefix(s, "courtesy") && (len(s) == len("courtesy") || s[len("courtesy")] == ' ')) || creditLine().MatchString(s)
}

// sectionWords are last words, in lower case, of a section's name in a
// few languages ("Local news", "World Sports", "Lokale Nachrichten").
var sectionWords = map[string]bool{
	"news": true, "sport": true, "sports": true, "opinion": true, "politics": true, "business": true,
	"nachrichten": true, "noticias": true, "notícias": true, "actualités": true, "nieuws": true, "notizie": true,
}

// sectionName reports whether s, a line of one or two words, ends in a
// section's word (sectionWords): "Local news", "Business". A first word
// that is an article, a preposition or a negation (notSectionOpeners) or
// a possessive (possessiveOpeners) makes a short headline of it ("The
// News", "No Business", "Your Business"), and so do
// three words or more ("The Good News", "Back to Business", "Keine
// guten Nachrichten"). A possessive's letters written as a region's code
// ([capitalCode]: "SA News", "MY News") are the region's.
func sectionName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 || !sectionWords[strings.ToLower(f[len(f)-1])] {
		return false
	}
	first := strings.ToLower(f[0])
	return len(f) == 1 || !notSectionOpeners[first] && (!possessiveOpeners[first] || capitalCode(f[0], f[1]))
}

// capitalCode reports whether w, the word before last, is a code in
// capitals (a country's or a state's, "SA", "MY", "NSW"): two or three
// capital letters before a last word that is not all capitals. A line
// all in capitals ("MY NEWS") tells nothing of how its words are written.
func capitalCode(w, last string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 3 && allCapitals(w) && !allCapitals(last)
}

// allCapitals reports whether w holds letters and all of them are upper
// case.
func allCapitals(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// possessiveOpeners are possessive words, lower case, in a few languages,
// that open a short headline, never a section's name: "Your Business",
// "Our News", "Unsere Nachrichten", "Vos actualités" address or speak
// for the reader ("Local news", "World Sports" are sections).
var possessiveOpeners = map[string]bool{
	"my": true, "your": true, "our": true, "their": true, "his": true, "her": true, "its": true,
	"mein": true, "meine": true, "dein": true, "deine": true, "unser": true, "unsere": true, "euer": true,
	"eure": true, "ihr": true, "ihre": true, "sein": true, "seine": true,
	"mon": true, "ma": true, "mes": true, "ton": true, "ta": true, "tes": true, "notre": true, "nos": true,
	"votre": true, "vos": true, "leur": true, "leurs": true, "son": true, "sa": true, "ses": true,
	"mi": true, "mis": true, "tu": true, "tus": true, "nuestro": true, "nuestra": true, "nuestras": true,
	"nuestros": true, "sus": true, "mio": true, "mia": true, "nostro": true, "nostra": true, "nostre": true,
	"vostro": true, "vostra": true, "tuo": true, "tua": true, "suo": true, "sua": true, "mijn": true,
	"jouw": true, "ons": true, "onze": true, "uw": true, "hun": true, "meu": true, "minha": true,
	"nosso": true, "nossa": true, "nossas": true, "seu": true,
}

// notSectionOpeners are words, lower case, in a few languages, that open
// a short headline, never a section's name: articles, prepositions and
// negations ("The News", "On Business", "Keine Nachrichten").
var notSectionOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "to": true, "of": true, "in": true, "on": true, "for": true,
	"at": true, "from": true, "with": true, "about": true, "no": true, "not": true, "without": true,
	"der": true, "die": true, "das": true, "ein": true, "eine": true, "zu": true, "von": true, "mit": true,
	"für": true, "über": true, "aus": true, "ohne": true, "kein": true, "keine": true, "nicht": true,
	"le": true, "la": true, "les": true, "un": true, "une": true, "des": true, "du": true, "de": true,
	"à": true, "pour": true, "sur": true, "sans": true, "pas": true, "el": true, "los": true, "las": true,
	"con": true, "para": true, "por": true, "sin": true, "il": true, "lo": true, "gli": true, "di": true,
	"da": true, "per": true, "su": true, "nessuna": true, "het": true, "een": true, "van": true,
	"voor": true, "met": true, "op": true, "geen": true, "niet": true, "o": true, "os": true, "as": true,
	"do": true, "em": true, "sem": true, "nenhuma": true,
}

// creditNamesBelow reports whether a block among the maxLabelCreditGap
// under block t credits a picture to s: it ends in "for " + s or holds
// "© " + s ("Marta Olsen for The Daily Courier.").
func (p *Page) creditNamesBelow(s string, t int) bool {
	for i := t + 1; i < len(p.blocks) && i <= t+maxLabelCreditGap; i++ {
		f := strings.TrimRight(strings.TrimSpace(p.blocks[i].Text), ".")
		if len(f) > 4*len(s)+64 {
			continue
		}
		if strings.HasSuffix(f, " for "+s) || strings.Contains(f, "© "+s) {
			return true
		}
	}
	return false
}
