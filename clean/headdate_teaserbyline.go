package clean

import (
	"strings"

	xhtml "golang.org/x/net/html"
)

// bylineLink reports whether link a is a byline's author link rather than
// another page's headline, so that a four-word name ("By: <a
// href="/author/ana">Ana Sofía Reyes Ortega</a>") beside the page's own
// date line does not make it a teaser's: its rel is "author", its href
// runs through an author's or a profile's path (authorPaths), or the
// text right before it ends with a byline's word ("By", "Von", "Por":
// bylineOpenWords). A name's shape alone does not tell, as a headline in
// title case ("Ferry Fares Rise Again") has it too.
func bylineLink(a *xhtml.Node) bool {
	for _, at := range a.Attr {
		switch at.Key {
		case "rel":
			if containsWord(strings.ToLower(at.Val), "author") {
				return true
			}
		case "href":
			h := strings.ToLower(at.Val)
			for _, p := range authorPaths {
				if strings.Contains(h, p) {
					return true
				}
			}
		}
	}
	return bylineWordBefore(a)
}

// authorPaths are the path parts of an author's page on the sites pages
// come from, in several languages.
var authorPaths = [...]string{
	"/author/", "/authors/", "/autor/", "/autores/", "/auteur/", "/autore/", "/autori/",
	"/profile/", "/profiles/", "/profil/", "/perfil/", "/people/", "/staff/", "/writer/",
	"/writers/", "/journalist/", "/journalists/", "/reporter/", "/reporters/", "/redaktion/",
}

// bylineWordBefore reports whether the text node right before link a
// (its previous sibling) ends with one of bylineOpenWords, a colon after it
// allowed ("By: ", "Von ").
func bylineWordBefore(a *xhtml.Node) bool {
	prev := a.PrevSibling
	if prev == nil || prev.Type != xhtml.TextNode {
		return false
	}
	t := strings.TrimRight(prev.Data, " \t\n\u00a0:")
	t = t[max(0, len(t)-maxBylineOpenWord):]
	for _, w := range bylineOpenWords {
		if len(t) >= len(w) && strings.EqualFold(t[len(t)-len(w):], w) && (len(t) == len(w) || !isWordByte(t[len(t)-len(w)-1])) {
			return true
		}
	}
	return false
}

// bylineOpenWords are the words that open a byline before an author's name,
// in the languages pages come in; maxBylineOpenWord is the longest's length.
var bylineOpenWords = [...]string{"by", "von", "por", "par", "door", "di", "av", "af", "autor", "author", "auteur"}

const maxBylineOpenWord = len("author")
