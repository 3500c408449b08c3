package extract

import "strings"

// notAtHandles drops the metadata's names written as a social account's
// handle ("@janeholm", as a twitter:creator-style author meta holds):
// the account, not the writer's name. The name comes from elsewhere (the
// byline, the profile address, JSON-LD) or the page has no author. A bare
// handle without its "@" ("janeholm") is kept: sites print such account
// names as their posts' bylines.
func notAtHandles(names []string) []string {
	out := names[:0:0]
	for _, n := range names {
		if !strings.HasPrefix(strings.TrimSpace(n), "@") {
			out = append(out, n)
		}
	}
	return out
}
