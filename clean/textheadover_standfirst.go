package clean

import "strings"

// overStandfirst returns the headline right over block t when t, the line
// the headline model scored highest, reads as its standfirst: a line of
// ten words or more under a shorter headline candidate, with a byline or a
// date line under the pair ([Page.standfirstUnder]); t itself otherwise.
// A breadcrumb trail over the standfirst is no headline, as headOver's
// candidates hold none ([Page.overCandidate]): a trail that ends with the
// headline's words is as long as a headline of eight words.
// It is the one mark of [Page.headOver] the model's pick is read by: over
// the model's pick, headOver's other marks lost on held-out pages as many
// titles as they mended (internal/trainhead's doc, eighth session).
func (p *Page) overStandfirst(t int) int {
	if t > 0 && p.headlineCandidate(t-1) && !isBreadcrumb(strings.TrimSpace(p.blocks[t-1].Text)) && p.standfirstUnder(t-1, t) {
		return t - 1
	}
	return t
}
