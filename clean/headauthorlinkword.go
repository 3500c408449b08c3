package clean

import "strings"

// linkWordNames are, in lower case, the words of a profile link's label
// that a byline's name reader, taking capitalised words, would keep as a
// one-word name: "By View profile", "By Follow", "By More from this
// author" give "View", "Follow", "More". A link's label names no one
// (its name, if any, is in an attribute the page does not print).
var linkWordNames = map[string]bool{
	"view": true, "follow": true, "more": true, "see": true, "visit": true,
	"read": true, "contact": true, "profile": true, "bio": true,
}

// dropLinkWords returns names without the one-word names that are a
// link's label ([linkWordNames]); nil when none is left.
func dropLinkWords(names []string) []string {
	var out []string
	for _, n := range names {
		w := strings.TrimSpace(n)
		if !strings.ContainsAny(w, " \u00a0") && linkWordNames[strings.ToLower(strings.Trim(w, ".,:»›→"))] {
			continue
		}
		out = append(out, n)
	}
	return out
}
