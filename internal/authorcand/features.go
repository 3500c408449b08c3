package authorcand

import (
	"strings"

	_ "github.com/newsclean/newsclean/clean" // sets cleanlend's functions
	"github.com/newsclean/newsclean/internal/cleanlend"
)

// The features of one source's names as the page's authors, for a chooser
// among the sources: which source it is, whether the fixed order takes it,
// how many other sources name the same lead author, and the lead name's
// shape. Every feature is 0 or 1 but Agree, a count over 3.
const (
	FromRuled     = iota // the source is an outlet rule's byline
	FromMetaNamed        // metadata names that read as a person's
	FromHead             // the byline printed near the title
	FromSigned           // a generic detector's byline
	FromMeta             // any metadata name
	FromPlugin           // an analytics plugin's author
	FromOwner            // a personal site's owner, by its name or its home link
	FromOwnOrg           // the site's own organisation
	HandPick             // the first source that names someone: the fixed order's pick
	Agree                // other sources with the same lead name, over 3
	Person               // the lead name has a person's shape
	OrgWords             // the lead name has words no person's name has
	OneWord              // the lead name is one word
	SiteOwn              // the lead name is the site's host name, squashed
	Several              // the source names more than one author
	NumFeatures
)

// Names are the features' names, in the order of their constants.
var Names = []string{"ruled", "meta-named", "head", "signed", "meta", "plugin", "owner", "own-org",
	"hand-pick", "agree", "person", "org-words", "one-word", "site-own", "several"}

// fromFeature maps a source's name to its feature.
var fromFeature = map[string]int{
	"ruled": FromRuled, "meta-named": FromMetaNamed, "head": FromHead, "signed": FromSigned, "meta": FromMeta,
	"plugin": FromPlugin, "owner-site": FromOwner, "owner-home": FromOwner, "owner-copy": FromOwner, "own-org": FromOwnOrg,
}

// Features returns, for each of srcs (a page's sources in the fixed
// order), its features as the page's authors, or nil for a source that
// names nobody; host is the page's host name ("www.acme.com"), or "".
func Features(srcs []Source, host string) [][]float64 {
	out := make([][]float64, len(srcs))
	lead := make([]string, len(srcs))
	for i, s := range srcs {
		if len(s.Names) > 0 {
			lead[i] = cleanlend.Squash(s.Names[0])
		}
	}
	site := cleanlend.Squash(strings.TrimPrefix(host, "www."))
	picked := false
	for i, s := range srcs {
		if lead[i] == "" {
			continue
		}
		x := make([]float64, NumFeatures)
		if f, ok := fromFeature[s.From]; ok {
			x[f] = 1
		}
		if !picked {
			x[HandPick], picked = 1, true
		}
		agree := 0
		for j := range srcs {
			if j != i && lead[j] == lead[i] && srcs[j].From != s.From {
				agree++
			}
		}
		x[Agree] = float64(min(agree, 3)) / 3
		n := strings.TrimSpace(s.Names[0])
		x[Person] = bit(cleanlend.PersonName(n))
		x[OrgWords] = bit(cleanlend.NotPersonWords(n))
		x[OneWord] = bit(!strings.Contains(n, " "))
		x[SiteOwn] = bit(len(lead[i]) >= 3 && strings.Contains(site, lead[i]))
		x[Several] = bit(len(s.Names) > 1)
		out[i] = x
	}
	return out
}

// bit is 1 for true, 0 for false.
func bit(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
