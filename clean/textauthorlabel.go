package clean

import "strings"

// A byline's label printed on a line of its own and the writer's name on
// the next ("Written by" over "Jane Doe", "Posted by:" over "Jane Doe",
// "Author" over "Jane Doe") is how many pages print an author
// box under the story, or a byline whose "By" the flattening set apart:
// the label says plainly what the name is, wherever on the page the two
// stand. textbyline.go reads the pair between the headline and the story
// ([Page.bylineOverName]); labelledNameAt reads it anywhere, for the pages
// where nothing else gave a byline.

// labelledNameAt returns the index of the one name line under a byline's
// label alone ([bylineLabel]) and its names: each a
// person's (isPersonName), or one forename alone under "Written by" or
// "Posted by" ([forenameLabel], [oneName]: "Eliz"), none
// of whose words the page writes in lower case; or -1 and nil. A "by" in
// lower case alone is a product card's ("by" over "Wireless Gear": its
// maker) or a widget's, no label of a byline here. The same
// names under a second label (the box printed again) count once; other
// names under another label give none: a list of posts that signs each
// teaser says nothing about which one is the page's.
func (p *Page) labelledNameAt(lw *lowerWords) (int, []string) {
	at := -1
	var names []string
	for i := 0; i+1 < len(p.blocks); i++ {
		s := strings.TrimSpace(p.blocks[i].Text)
		if len(s) > 20 || s == "by" || !bylineLabel.MatchString(s) {
			continue
		}
		ns := p.labelledNames(p.blocks[i+1].Text, forenameLabel.MatchString(s), lw)
		if ns == nil {
			continue
		}
		if at >= 0 {
			if !slicesEqualFold(names, ns) {
				return -1, nil
			}
			continue
		}
		at, names = i+1, ns
	}
	return at, names
}

// writtenBy matches the labels that say the name under them wrote the
// story ("Written by", "Article written by:"), the only ones a forename
// alone may stand under: under "Author" ("Author" over "Venue" over
// "Institution": a search's filters) or "by" ("RuffRuff Apps" over "by"
// over "Tsun": a widget's maker) one word is as often no writer.
var writtenBy = lazyCompile(`(?i)\bwritten\s+by\b`)

// forenameLabel matches the labels a forename alone may stand under in
// [Page.labelledNameAt]: "Written by" ([writtenBy]) and "Posted by" (a
// blog's "Posted by:" over "Laura"), which say the name under them wrote
// or posted the story, as "Author" and "by" do not.
var forenameLabel = lazyCompile(`(?i)\b(?:written|posted)\s+by\b`)

// labelledNames returns the names a line under a byline's label gives
// ("Jane Doe", "Jane Doe, Senior Editor", "Jane Doe and John Roe"), as
// [Page.labelledNameAt] takes them, or nil; a forename alone ("Eliz")
// only where forename is set.
func (p *Page) labelledNames(s string, forename bool, lw *lowerWords) []string {
	s = strings.TrimSpace(s)
	if len(s) > maxDateLine || isProse(s) {
		return nil
	}
	ns := bylineNames("By " + s)
	if len(ns) == 0 {
		return nil
	}
	for _, n := range ns {
		if !isPersonName(n) && !(forename && len(ns) == 1 && oneName(n)) || p.writesLower(n, lw) {
			return nil
		}
	}
	return ns
}

// slicesEqualFold reports whether two lists of names hold the same names
// in the same order, case aside.
func slicesEqualFold(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}
