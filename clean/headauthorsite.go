package clean

import "strings"

// siteTail drops from a byline's name the site's name printed after it,
// as a newspaper group's pages print their bylines ("Jane Doe Harbour
// Times" on harbourtimes.com, "Jane Doe Acme News" where the site calls
// itself "Acme News"): the words after a person's name whose letters are
// exactly the site's name's or a label of its address's (four letters or
// more). A name that is the site's alone, or that is no person's before
// those words, is returned as it is.
func siteTail(name, site, host string) string {
	w := strings.Fields(name)
	if len(w) < 3 {
		return name
	}
	own := squash(site)
	labels := strings.Split(strings.TrimPrefix(strings.ToLower(host), "www."), ".")
	for k := 2; k < len(w); k++ {
		tail := squash(strings.Join(w[k:], ""))
		if len(tail) >= 4 && (tail == own || siteLabel(tail, labels)) && isPersonName(strings.Join(w[:k], " ")) {
			return strings.Join(w[:k], " ")
		}
	}
	return name
}

// siteLabel reports whether k is one of an address's labels, the
// top-level domain apart.
func siteLabel(k string, labels []string) bool {
	for j := 0; j+1 < len(labels); j++ {
		if k == squash(labels[j]) {
			return true
		}
	}
	return false
}
