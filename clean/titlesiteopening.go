package clean

import "strings"

// openingSeps set the site's name off the title after it: "Site: Foo",
// "Site | Foo", "Site » Foo".
var openingSeps = []string{": ", " | ", " - ", " – ", " — ", " » ", " · ", " • ", " :: ", "｜"}

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
