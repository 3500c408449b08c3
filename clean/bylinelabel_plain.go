package clean

import "strings"

// bylineLabel matches a byline's label printed alone on its line, its
// names on the next: "By", "Written By:", "Article by:", "Posted by",
// "Author", "Author(s)", "Contributors:", "von". It answers as the pattern
// bylineLabelExpr (its tests hold it to that), with no regexp: the label
// is asked about on most pages' short lines and matched on few, and a
// process that reads one page compiled the pattern for none of them.
var bylineLabel bylineLabelMatcher

// bylineLabelExpr is the pattern bylineLabel stands for.
const bylineLabelExpr = `^(?i:by|(?:article |story |words |text )?written by|posted by|published by|article by|story by|words by|text by|author\(s\)|authors?|autor|contributors?|von|par|por|door)\s*:?$`

// bylineLabelWords are the labels of bylineLabelExpr, spelled out.
var bylineLabelWords = [...]string{"by", "written by", "article written by", "story written by", "words written by",
	"text written by", "posted by", "published by", "article by", "story by", "words by", "text by", "author(s)",
	"author", "authors", "autor", "contributor", "contributors", "von", "par", "por", "door"}

// bylineLabelMatcher is the type of bylineLabel.
type bylineLabelMatcher struct{}

// MatchString reports whether s is one of bylineLabelWords in any case (as
// the regexp package folds it: simple folding, "ſ" for s), then white
// space (\s: tab, newline, form feed, carriage return, space) and at most
// one colon, and nothing else.
func (bylineLabelMatcher) MatchString(s string) bool {
	s = strings.TrimRight(strings.TrimSuffix(s, ":"), "\t\n\f\r ")
	if len(s) < len("by") || len(s) > 2*len("article written by") {
		return false // shorter or longer than any label, even with ſ for each s
	}
	for _, w := range bylineLabelWords {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
