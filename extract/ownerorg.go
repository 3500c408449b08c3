package extract

import (
	"strings"

	"github.com/newsclean/newsclean/clean"
)

// The site's own organisation as the author. A company's blog, a shop's
// guide or a clinic's advice page often names no person: its metadata
// gives the company itself as the author (JSON-LD author
// {"@type":"Organization","name":"ServiceTitan"}, <meta name=author
// content="CBC Bank">), and that is who wrote it. A news outlet's byline
// is another matter: an unsigned story of a newspaper is not written by
// "The Daily Post", and a wire's name is no author. So the site's own name
// comes back as the author only where all of these hold:
//   - no person is named by any other evidence (it is the last resort);
//   - the page is dated, a post, or its story is a guide's length (300
//     words or more: a bank's or a shop's undated advice page, whose
//     metadata's author is then the only evidence taken, not a byline's
//     print of the site's name); a product's or a service's short page,
//     undated, has no author, whatever its metadata says;
//   - the page's own metadata gives it as the author, not only as the
//     publisher or the site's name, or the byline by the title prints it;
//     the name the metadata gives is the site's name or the one its
//     address spells ("quillo" on quillo.io, "42 Oak Studio" on
//     42oakstudio.com; a handle the address spells is the site's
//     account), and that match is the evidence, so digits and dots
//     ("LedgerDesk.com") are no bar;
//   - no outlet rule knows the site: a rule is written for a news outlet,
//     so a site newsclean knows by its address, its fingerprint or its
//     dateline is a newsroom.

// ownOrgAuthor returns the site's own name where the page's metadata gives
// it as the author, or else the byline by the title does (byline), and the
// outlet is not one a rule knows (see above); or "". authors are the
// metadata's authors as found; site is og:site_name or the JSON-LD
// publisher; host is the page's host; o is the article's outlet.
func ownOrgAuthor(authors []string, byline, site, host string, o *clean.Outlet) string {
	if knownOutlet(o) {
		return "" // a news outlet a rule knows
	}
	label := cleanOwnerLabel(host)
	for _, n := range authors {
		k := cleanSquash(n)
		if k == "" || cleanNotAuthorName(n) || strings.ContainsAny(n, "@_") {
			continue
		}
		if k == cleanSquash(site) || o != nil && k == cleanSquash(o.Name) || len(label) >= 4 && k == label {
			return n
		}
	}
	if byline != "" && nameLike(byline) {
		return byline
	}
	return ""
}

// knownOutlet reports whether the outlet is one newsclean knows by a rule
// (its address, its fingerprint or its dateline): named by the rule, not
// by the page's own metadata nor only by the host of its address.
func knownOutlet(o *clean.Outlet) bool {
	return o != nil && o.From != "" && o.From != "meta" && !(o.From == "url" && o.Name == o.Domain)
}
