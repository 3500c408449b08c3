package clean

import (
	"net/url"
	"strings"
)

// wordForm folds the forms of an English noun that a slug and its
// headline often disagree on to one: a plural ("certifications",
// "companies") or a possessive whose apostrophe was dropped ("expert's"
// read as "experts") gives the singular. Short words (up to three
// letters: "bus", "its", "us") and words that end in "ss" ("business")
// are kept as they are; a plural that is not just the singular and an
// "s" ("boxes") stays apart from it, a miss that only costs a match.
func wordForm(w string) string {
	if len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return w
	}
	if strings.HasSuffix(w, "ies") && len(w) > 4 {
		return w[:len(w)-3] + "y"
	}
	if strings.HasSuffix(w, "s") {
		return w[:len(w)-1]
	}
	return w
}

// slugForms returns the slug's words by [wordForm], in order, and as a
// set; made once per page.
func slugForms(slug []string) ([]string, map[string]bool) {
	forms := make([]string, len(slug))
	for i, w := range slug {
		forms[i] = wordForm(w)
	}
	return forms, wordSet(forms)
}

// slugFit scores a line against the slug as [slugMatch] does, with the
// words compared by [wordForm], and also returns the share of the slug's
// words the line has (the first half of the score).
func slugFit(line string, forms []string, set map[string]bool) (score, cover float64) {
	words := make(map[string]bool)
	for w := range lineWords(line) {
		words[wordForm(w)] = true
	}
	return slugScore(words, forms, set)
}

// slugMost reports whether a line that has the share cover of a slug of n
// words has enough of them to be the headline: more than half of them, or
// three (a long slug adds names and places the headline leaves out). A
// menu's entry short enough to be all slug words ("Digital Marketing"
// under /digital-marketing-service-charges/) has too few.
func slugMost(cover float64, n int) bool {
	in := cover * float64(n)
	return cover > 0.5 || in >= 2.5
}

// shortLastSlug reports whether the last segment of a page's address is
// two words ("/eat-well-on-a-budget/sample-menus"): the page's own slug,
// too short for [slugWords], which then reads a section's name higher up
// (a menu's entry on the page), not the headline.
func shortLastSlug(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	path := strings.Trim(u.Path, "/")
	words := segmentWords(path[strings.LastIndexByte(path, '/')+1:])
	return len(words) == 2 && letterWords(words) == 2
}
