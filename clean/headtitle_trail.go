package clean

import (
	"strings"
	"unicode/utf8"
)

// lastCrumb returns the last part of title when title is a breadcrumb
// trail ([isBreadcrumb]: "Home / Tips & Tools / Book Reviews"): a trail
// ends with the page it stands on, so the part is the page's headline, as
// the trail's own page prints it. The parts are parted by one of
// crumbSeps with a space on each side. Any other title is returned as it
// is.
func lastCrumb(title string) string {
	t := strings.TrimSpace(title)
	if !isBreadcrumb(t) {
		return title
	}
	for i := len(t) - 1; i > 0; i-- {
		r, w := utf8.DecodeRuneInString(t[i:])
		if r == utf8.RuneError || !strings.ContainsRune(crumbSeps, r) || t[i-1] != ' ' || i+w >= len(t) || t[i+w] != ' ' {
			continue
		}
		if last := strings.TrimSpace(t[i+w:]); wordCount(last) >= 1 {
			return last
		}
		break
	}
	return title
}

// withoutSource returns title without the linked story's source that an
// aggregator prints after a headline ([sourceAndCount]: "Grads Find Jobs
// Scarce (latimes.com)", "... (github.com) 87"); a headline that would
// keep fewer than three words stays whole.
func withoutSource(title string) string {
	i := strings.LastIndex(title, " (")
	if i <= 0 || wordCount(title[:i]) < 3 || !sourceAndCount(title[i+1:]) {
		return title
	}
	return strings.TrimSpace(title[:i])
}

// pageLabels are the words a page prints before its headline and a colon
// to say what kind of page it is ("Blog: Best Agencies of 2025", arXiv's
// "Title:Fisher-Guided Merging", a forum reply's "Re: Release notes"):
// no headline opens with them (none of WCXB-dev's gold titles does).
var pageLabels = []string{"blog", "title", "re"}

// withoutPageLabel returns title without a page's label before a colon
// ([pageLabels]); a headline that would keep fewer than two words stays
// whole.
func withoutPageLabel(title string) string {
	label, rest, ok := strings.Cut(title, ":")
	if !ok || len(label) > 8 || wordCount(rest) < 2 {
		return title
	}
	for _, l := range pageLabels {
		if strings.EqualFold(strings.TrimSpace(label), l) {
			return strings.TrimSpace(rest)
		}
	}
	return title
}
