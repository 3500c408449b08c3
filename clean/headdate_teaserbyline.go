package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// bylineLink reports whether link a is a byline's author link rather than
// another page's headline, so that a four-word name ("By: <a
// href="/author/ana">Ana Sofía Reyes Ortega</a>") beside the page's own
// date line does not make it a teaser's: its rel is "author" or its class
// says author or byline, its href runs through an author's path
// (authorPaths), or through a section of people (peoplePaths) to a
// person's own page (personPage), or the text right before it ends with
// a byline's word ("By", "Von", "Por": bylineOpenWords). A name's shape
// alone does not tell, as a headline in title case ("Ferry Fares Rise
// Again") has it too, and a section of people also holds stories about
// them ("/people/2025/11/30/ferry-captain-retires").
func bylineLink(a *xhtml.Node) bool {
	for _, at := range a.Attr {
		switch at.Key {
		case "rel":
			if containsWord(strings.ToLower(at.Val), "author") {
				return true
			}
		case "class":
			c := strings.ToLower(at.Val)
			if classHoldsAuthor(c) || strings.Contains(c, "byline") {
				return true
			}
		case "href":
			h := strings.ToLower(at.Val)
			for _, p := range authorPaths {
				if strings.Contains(h, p) {
					return true
				}
			}
			for _, p := range peoplePaths {
				if i := strings.Index(h, p); i >= 0 && personPage(h[i+len(p):], a) {
					return true
				}
			}
		}
	}
	return bylineWordBefore(a)
}

// authorPaths are the path parts of an author's page on the sites pages
// come from, in several languages: a link through one is a writer's.
var authorPaths = [...]string{
	"/author/", "/authors/", "/autor/", "/autores/", "/auteur/", "/autore/", "/autori/",
	"/writer/", "/writers/", "/journalist/", "/journalists/", "/reporter/", "/reporters/", "/redaktion/",
}

// peoplePaths are the path parts of a site's section of people: a
// person's profile, or a story about people, lies under one.
var peoplePaths = [...]string{"/profile/", "/profiles/", "/profil/", "/perfil/", "/people/", "/staff/"}

// maxPersonSlugParts is the most hyphen-parted words of a person's page's
// slug, and of the name its link shows ("ana-sofia-reyes-ortega").
const maxPersonSlugParts = 4

// personPage reports whether rest, the href of link a past a section of
// people, leads to a person's own page: one segment (a slash may end it,
// a query or fragment follow), no digit in it (no date, no story's
// number), at most maxPersonSlugParts words, and the link's text a name's
// shape (nameShapedLinkText: "/people/royal-wedding" under "Royal wedding
// guests" is a section's story). A story's path holds a date or a headline's slug
// ("harbour-master-steps-down" under "Harbour master steps down this
// winter").
func personPage(rest string, a *xhtml.Node) bool {
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimSuffix(rest, "/")
	if rest == "" || strings.IndexByte(rest, '/') >= 0 || digitByteIn(rest) {
		return false
	}
	if strings.Count(rest, "-")+strings.Count(rest, "_") >= maxPersonSlugParts {
		return false
	}
	return nameShapedLinkText(nodeText(a, maxTeaserLinkBytes))
}

// nameShapedLinkText reports whether link text t is a name's shape: two
// to maxPersonSlugParts words, each opening with a capital or a letter of
// a script without case ("Orla Penhale", "علي حسن"; not "Royal wedding
// guests").
func nameShapedLinkText(t string) bool {
	n := 0
	for w := range strings.FieldsSeq(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if n++; n > maxPersonSlugParts || !unicode.IsLetter(r) || unicode.IsLower(r) {
			return false
		}
	}
	return n >= 2
}

// classHoldsAuthor reports whether class attribute c (in lower case) holds
// "author" in a word of a writer ("author", "post-author", "authorbox",
// "c-byline__authors"), not in the words "author" + "i" makes
// ("authority", "authorities", "authorized": a class of a site's
// notices).
func classHoldsAuthor(c string) bool {
	for at := 0; ; {
		i := strings.Index(c[at:], "author")
		if i < 0 {
			return false
		}
		end := at + i + len("author")
		if end == len(c) || c[end] != 'i' {
			return true
		}
		at = end
	}
}

// bylineWordBefore reports whether the text node right before link a
// (its previous sibling) ends with one of bylineOpenWords as a word of
// its own ("By: ", "Von "; not "coauthor"), a colon after it allowed.
func bylineWordBefore(a *xhtml.Node) bool {
	prev := a.PrevSibling
	if prev == nil || prev.Type != xhtml.TextNode {
		return false
	}
	t := trimBylineGap(prev.Data)
	for _, w := range bylineOpenWords {
		if len(t) >= len(w) && strings.EqualFold(t[len(t)-len(w):], w) && (len(t) == len(w) || !isWordByte(t[len(t)-len(w)-1])) {
			return true
		}
	}
	return false
}

// trimBylineGap returns t without the spaces, tabs, newlines, no-break
// spaces and colons at its end, a byte at a time.
func trimBylineGap(t string) string {
	for len(t) > 0 {
		switch {
		case t[len(t)-1] == ' ' || t[len(t)-1] == '\t' || t[len(t)-1] == '\n' || t[len(t)-1] == ':':
			t = t[:len(t)-1]
		case strings.HasSuffix(t, "\u00a0"):
			t = t[:len(t)-len("\u00a0")]
		default:
			return t
		}
	}
	return t
}

// bylineOpenWords are the words that open a byline before an author's name,
// in the languages pages come in.
var bylineOpenWords = [...]string{"by", "von", "por", "par", "door", "di", "av", "af", "autor", "author", "auteur"}
