package clean

import "strings"

// wireCreditBy matches a byline that credits a wire or the paper after
// its names ("By Jane Doe | Reuters", "By Jane Doe and John Roe, The
// Associated Press"), as a model may take it for a picture's credit.
// Compiled on first use: few pages reach it, and a package-level compile
// was paid at start-up by every process.
var wireCreditBy = lazyCompile(`^(?i:by)\s+\p{Lu}`)

// creditByline reports whether a block a model labelled a credit, in the
// head, is the story's byline all the same: it opens with "By" and a
// capital, names people by [bylineMatch], says nothing of a picture
// ([pictureCredit]) and sits in no figure or caption's element.
func creditByline(b Block) bool {
	text := strings.TrimSpace(b.Text)
	if !wireCreditBy.MatchString(text) || pictureCredit.MatchString(text) || len(text) > 120 {
		return false
	}
	if b.HTML != nil {
		if strings.Contains(b.HTML.Path, "figure") || strings.Contains(b.HTML.Path, "figcaption") {
			return false
		}
		for _, w := range b.HTML.Words {
			if strings.Contains(w, "caption") || strings.Contains(w, "photo") || strings.Contains(w, "image") {
				return false
			}
		}
	}
	names := bylineMatch(text)
	return len(names) > 0 && isPersonName(names[0])
}

// theSite reports whether a byline's name is the site's own with "The"
// before it ("The Harbour Post" on harbourpost.example, where the site's
// name is unknown): the rest squashes to the site's name or to a label of
// its host, whole.
func theSite(n, site, host string) bool {
	rest, ok := strings.CutPrefix(n, "The ")
	if !ok {
		return false
	}
	k := squash(rest)
	if k == "" {
		return false
	}
	if k == squash(site) {
		return true
	}
	for _, l := range strings.Split(strings.ToLower(host), ".") {
		if squash(l) == k {
			return true
		}
	}
	return false
}
