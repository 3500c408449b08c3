package clean

import "strings"

// cookieOpening reports whether line s is a site's notice of its cookies
// ([cookieNotice]: "We use cookies", "Utilizamos cookies", "Wir verwenden
// Cookies") read as a notice: the opening, then a notice's words
// ([cookieWords]), a full stop inside the line, or an accept button at
// its end (cookieAcceptEnd). headOver never climbs to such a line over
// the line taken: printed above the headline, the banner's notice is as
// long as a headline over a standfirst and reads as one ("Utilizamos
// cookies propias y de terceros para mejorar nuestros servicios. Aceptar"
// over the headline). A headline that only opens with the words ("We use
// cookies less than you think, says the regulator") is one of them. A
// line without "cookie" is turned down before the patterns.
func cookieOpening(s string) bool {
	if len(s) <= 12 || !mayHoldFoldWord(s, cookieWord) || !cookieNotice.MatchString(s) {
		return false
	}
	return strings.Contains(s, ". ") || cookieAcceptEnd(s) || cookieWords.MatchString(s)
}

// cookieAccepts are the buttons a flattened cookie banner's line ends
// with, compared without case.
var cookieAccepts = []string{"accept", "agree", "ok", "aceptar", "akzeptieren", "zustimmen", "accepter", "accetta", "accetto", "aceitar", "accepteren", "akceptuję", "souhlasím"}

// cookieAcceptEnd reports whether s ends with one of cookieAccepts as a
// word of its own, a mark or two after it allowed.
func cookieAcceptEnd(s string) bool {
	s = strings.TrimRight(s, " .!")
	for _, a := range cookieAccepts {
		if len(s) > len(a) && s[len(s)-len(a)-1] == ' ' && strings.EqualFold(s[len(s)-len(a):], a) {
			return true
		}
	}
	return false
}
