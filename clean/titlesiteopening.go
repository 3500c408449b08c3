package clean

import "strings"

// openingSeps set the site's name off the title after it: "Site: Foo",
// "Site | Foo", "Site » Foo", "Site › Local › Foo".
var openingSeps = []string{": ", " | ", " - ", " – ", " — ", " » ", " › ", " · ", " • ", " :: ", "｜"}

// siteOpening returns where the site's name that opens title ends and the
// separator after it ("Site | Foo"), or -1 when no first part names the
// site ([namesSite]) before two words or more. Of the separators after
// such a part, the first in the title is the site's: in "Site | Mayor:
// the bridge will pay" the colon is the headline's own, and the part
// before it ("Site | Mayor") only holds the site's name.
func siteOpening(title, site, host string) (int, string) {
	at, by := -1, ""
	for _, sep := range openingSeps {
		i := strings.Index(title, sep)
		if i <= 0 || at >= 0 && i >= at {
			continue
		}
		if namesSite(title[:i], site, host) && wordCount(title[i+len(sep):]) >= 2 {
			at, by = i, sep
		}
	}
	return at, by
}

// opensWithSite reports whether the site's very name opens title before a
// separator ([siteOpening]): "Site › Local › Foo", "Site | Foo", the
// first part's letters and digits those of the site's name or of its
// host's first label ([exactSiteName]). Then a short last part is the
// headline, not a tag to take off. A first part that holds the name and
// more ("Site Community | Download Free Version": a product's page) is
// the page's own title, and the short tail after it still goes.
func opensWithSite(title, site, host string) bool {
	i, _ := siteOpening(title, site, host)
	return i > 0 && exactSiteName(title[:i], site, host)
}

// exactSiteName reports whether part is the site's name itself: the same
// letters and digits as site, or as host's first label after "www."
// ("Eastbay Ledger" on eastbayledger.example).
func exactSiteName(part, site, host string) bool {
	k := squash(part)
	if k == "" {
		return false
	}
	if k == squash(site) {
		return true
	}
	label, _, _ := strings.Cut(strings.TrimPrefix(strings.ToLower(host), "www."), ".")
	return k == squash(label)
}
