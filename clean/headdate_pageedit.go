package clean

import (
	"strings"

	"github.com/newsclean/newsclean/clean/internal/dateparse"
	"github.com/newsclean/newsclean/internal/htmldoc"
)

// pageEditDate returns the date of the first line that says when the
// page itself was last changed, as a wiki's or a documentation site's
// footer prints it ("This page was last edited on 5 March 2025, at
// 10:12", "Page last modified: 2025-03-05", "This article was last
// updated on March 5, 2025"): an update's date, never the publication's,
// which package extract takes for the publish date only when the page
// gives no other. The line may stand in the footer, where the other
// date readers do not look; a comment's or another post's line does not
// count (otherDateBlock), nor a post's own edit note ("Last edited by
// jdoe on ...", "This post was last modified: ...": one reply's, not the
// page's). A month's name that clashes ("listopada") is read in the
// page's language lang, as findDateStampLang reads.
func pageEditDate(blocks []Block, doc *htmldoc.Doc, lang dateparse.Lang) htmldoc.Stamp {
	for i := range blocks {
		b := &blocks[i] // a Block is large: not copied per block
		if len(b.Text) > maxDateLine || b.Kind == Caption || b.Kind == HeadlineList || b.Kind == Related || b.Kind == Latest {
			continue
		}
		rest, ok := pageEditRest(b.Text)
		if !ok || otherDateBlock(*b, doc) {
			continue
		}
		st, _, ok := findDateAfter(rest, 2)
		if lang != dateparse.NoLang && (ok && dateparse.Clashes(st.Month) || !ok && langMayRead(rest)) {
			st, _, ok = findDateAfterIn(rest, 2, lang)
		}
		if ok && st.Year != 0 && st.Day != 0 {
			return st
		}
	}
	return htmldoc.Stamp{}
}

// pageEditRest returns what follows a page-edit statement's verb in
// line ("This page was last edited" gives " on 5 March 2025, at 10:12"):
// ok only when the line opens with one, the page named as its subject
// (page, article, document), at most "this" before it and "was" or "has
// been" between it and "last", and a verb of change after "last".
func pageEditRest(line string) (string, bool) {
	i := strings.Index(line[:min(len(line), maxEditLead)], "ast ")
	if i < 1 || line[i-1] != 'l' && line[i-1] != 'L' {
		return "", false // the cheap test: every statement opens with "... last "
	}
	words := strings.Fields(line[:i-1])
	if n := len(words); n > 0 && strings.EqualFold(words[0], "this") {
		words = words[1:]
	}
	if len(words) == 0 || !pageEditSubject(words[0]) {
		return "", false
	}
	switch between := words[1:]; {
	case len(between) == 0:
	case len(between) == 1 && strings.EqualFold(between[0], "was"):
	case len(between) == 2 && strings.EqualFold(between[0], "has") && strings.EqualFold(between[1], "been"):
	default:
		return "", false
	}
	rest := line[i+len("ast "):]
	end := strings.IndexAny(rest, " :")
	if end < 0 {
		return "", false
	}
	switch strings.ToLower(rest[:end]) {
	case "edited", "modified", "updated", "changed", "revised", "reviewed":
		return rest[end:], true
	}
	return "", false
}

// maxEditLead bounds where "last " may stand in a page-edit statement:
// past "This document has been l".
const maxEditLead = len("This document has been last ")

// pageEditSubject reports whether word names the page as what was
// changed.
func pageEditSubject(word string) bool {
	for _, s := range [...]string{"page", "article", "document"} {
		if strings.EqualFold(word, s) {
			return true
		}
	}
	return false
}
