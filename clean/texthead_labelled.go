package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/uchar"
)

// The head's lines that name a piece's kind or the act of publishing
// before what they really give, a byline or the page's age: "Analysis by
// Jane Roe, CNN", "Posted 4 hours ago by Jane Roe", "Publié il y a 3
// heures", "Mis à jour il y a 40 minutes". Printed right above or under
// the headline, in a headline's length and capitals, they are never one.

// pieceKinds name the kind of piece a byline may open with, before "by":
// "Analysis by Jane Roe, CNN" (isTitleTrap's trap words hold the forms
// "opinion by", "story by", "interview by" and the like).
var pieceKinds = []string{"analysis", "commentary", "perspective", "review", "column", "essay", "editorial", "explainer",
	"feature", "photos", "photographs", "pictures", "video", "podcast", "profile", "report", "fact check", "illustration",
	"illustrations", "graphics", "translation", "satire", "letter", "obituary", "recipe"}

// kindByline reports whether s is a byline that names the piece's kind
// first: a kind of piece ([pieceKinds]), "by", and a name in capitals,
// an outlet's after a comma allowed ("Analysis by Jane Roe, Harbour
// News"): the rest from "by" on is a byline by the head's own pattern.
// "Inspired by Nature" opens with no kind of piece.
func kindByline(s string) bool {
	if len(s) < 12 || len(s) > 120 || !kindLead[s[0]] {
		return false // no kind of piece opens it
	}
	c := s[0] | 0x20
	for _, k := range pieceKinds {
		if k[0] == c && len(s) > len(k)+4 && prefixFold(s, k) && prefixFold(s[len(k):], " by ") {
			return byline.MatchString(s[len(k)+1:])
		}
	}
	return false
}

// publishLabels open a line that says when a page was put up or changed,
// before the time itself: "Posted 4 hours ago", "Publié il y a 3
// heures", "Mis à jour il y a 40 minutes", "Actualizado hace 2 horas".
var publishLabels = []string{"posted", "published", "updated", "last updated", "publié", "mis à jour", "actualisé", "publicado",
	"actualizado", "atualizado", "pubblicato", "aggiornato", "veröffentlicht", "aktualisiert", "gepubliceerd", "bijgewerkt",
	"opublikowano", "zaktualizowano", "yayınlanma", "güncelleme", "diterbitkan", "diperbarui"}

// ageByWords cut a labelled age from the name that may follow it:
// "Posted 4 hours ago by Jane Roe".
var ageByWords = []string{" by ", " par ", " por ", " von ", " di ", " door ", " przez ", " oleh "}

// labelledAge reports whether s is the page's age after a label that
// says it was published or updated ([publishLabels], a colon after it
// allowed), a name after the age allowed: the age is [ageLineTrap]'s or
// one that ends in "ago". "Updated rules take effect 2 days from now"
// gives no age after its label.
func labelledAge(s string) bool {
	if len(s) < 10 || len(s) > 100 || !publishLead[s[0]] || !digitByteIn(s) && uchar.IsASCII(s) {
		return false // no label opens it, or no number (in any digits) follows
	}
	c := s[0] | 0x20
	for _, w := range publishLabels {
		if w[0] != c || !prefixFold(s, w) {
			continue
		}
		rest := strings.TrimLeft(s[len(w):], ":")
		if !strings.HasPrefix(rest, " ") {
			continue // "Postedit", not a label
		}
		rest = strings.TrimSpace(rest)
		for _, by := range ageByWords {
			if k := strings.Index(rest, by); k > 0 {
				rest = rest[:k]
				break
			}
		}
		if ageLineTrap(rest) || strings.HasSuffix(strings.ToLower(rest), " ago") && wordCount(rest) <= 4 && startsWithDigit(rest) {
			return true
		}
	}
	return false
}

// startsWithDigit reports whether s opens with an ASCII digit.
func startsWithDigit(s string) bool { return s != "" && isDigitByte(s[0]) }

// kindLead and publishLead say which bytes open one of pieceKinds and of
// publishLabels, in either case of an ASCII letter: most lines are turned
// down on their first byte.
var kindLead, publishLead = leadBytes(pieceKinds), leadBytes(publishLabels)

// leadBytes is the table of the bytes that open one of words, in either
// case of an ASCII letter.
func leadBytes(words []string) (t [256]bool) {
	for _, w := range words {
		c := w[0]
		t[c] = true
		if c >= 'a' && c <= 'z' {
			t[c-'a'+'A'] = true
		}
	}
	return t
}
