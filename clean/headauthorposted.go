package clean

import "strings"

// postedForename returns the forename a blog's post footer gives alone
// under an HTML story ("Posted by David at December 16, 2025 11:15 AM",
// as Movable Type prints it): the line in [tailPosted]'s form, its one
// name a forename printed alone ([oneName]) that names nobody in
// particular's role ([notAuthorName]: "Admin") and that the page never
// writes in lower case. [labelledAuthors] takes a person's full name from
// the same line; the clock time or the date after the name tells the
// footer from a forum's "Posted by" over a reply, as on flattened text
// ([Page.tailLabelAt]). It returns "" for any other line.
func postedForename(blocks []Block, text string, lw *lowerWords) string {
	m := tailPosted.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	ns := splitNames(m[1])
	if len(ns) != 1 {
		return ""
	}
	n := trimName(ns[0])
	if strings.Contains(n, " ") || !oneName(n) || notAuthorName(n) || lw.has(blocks, n) {
		return ""
	}
	return n
}

// ownerForename reports whether a forename that the site's name spells
// ([namesSite] holds) is its owner's rather than the outlet's: a label of
// the host opens with it and goes on ("david" on davidbau.com, the owner's
// forename and surname), as a firm's address named after a word ("acme"
// on acme.com) does not.
func ownerForename(n, host string) bool {
	f := squash(n)
	for _, l := range hostLabels(host) {
		if len(l) > len(f) && strings.HasPrefix(l, f) {
			return true
		}
	}
	return false
}
