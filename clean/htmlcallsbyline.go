package clean

import "strings"

// labelLoneBylines labels as bylines, on an HTML page, the body blocks
// that are only a byline ("By Jane Doe", "Written by Jane Doe") naming no
// one but the page's own authors (from its metadata or the byline under its
// title): the byline printed again above a long guide's first section or
// under its last paragraph, away from the title, where the head and tail
// detectors do not look. The gold bodies leave them out; a byline that
// names someone else (the author of a book a list reviews) stays. It runs
// once the page's authors are read, and reads the blocks' text only.
func labelLoneBylines(blocks []Block, meta *Meta) {
	var lone []int
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != Body || !isByline(b.Text) {
			continue
		}
		if names := bylineMatch(b.Text); len(names) > 0 && allOf(names, meta.Authors, meta.BylineAuthors) {
			if lone = append(lone, i); len(lone) > maxLoneBylines {
				return // the posts of a listing, each with its author's byline
			}
		}
	}
	for _, i := range lone {
		b := &blocks[i]
		b.Kind, b.Rule, b.Authors = Byline, "generic/lone-byline", bylineMatch(b.Text)
	}
}

// maxLoneBylines is the most bylines of the page's authors labelled in its
// body: more are the bylines of a listing's posts, which its gold keeps.
const maxLoneBylines = 2

// allOf reports whether every name is one of the lists' names, in any
// case.
func allOf(names []string, lists ...[]string) bool {
	for _, n := range names {
		found := false
		for _, l := range lists {
			for _, a := range l {
				if strings.EqualFold(strings.TrimSpace(a), n) {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}
