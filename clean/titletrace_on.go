//go:build titletrace

package clean

import "github.com/newsclean/newsclean/internal/headline"

// TitleTrace, in a build with the titletrace tag only, is called with the
// path by which a hand rule or the headline model took a line of a
// flattened page for its headline, the line's number and its text: a
// census program run over pages one at a time sets it and reads, of the
// calls for the line the article's title came from, the last. Never in
// the library's own build.
var TitleTrace func(path string, line int, text string)

// traceTitle passes block i's decision to TitleTrace, when it is set.
func traceTitle(p *Page, path string, i int) {
	if TitleTrace != nil && i >= 0 && i < len(p.blocks) {
		TitleTrace(path, p.blocks[i].Line, p.blocks[i].Text)
	}
}

// TitleOff, in a build with the titletrace tag only, names the text head's
// rules a census turns off (by the names titleOff is asked with in the
// head's code: "slug", "above", "slug-over", ...), to count what the page
// gets when the rule does not decide.
var TitleOff map[string]bool

// titleOff reports whether rule name is turned off.
func titleOff(name string) bool { return TitleOff[name] }

// TitleOn, in a build with the titletrace tag only, names the text head's
// rules measured but not kept that a census turns on ("above-model":
// [Page.aboveByScore]).
var TitleOn map[string]bool

// titleOn reports whether rule name is turned on.
func titleOn(name string) bool { return TitleOn[name] }

// HeadlineModel, in a build with the titletrace tag only, stands in for
// the built-in headline model when it is not nil: the census's site-fold
// cross-validation (internal/titlecensus -cv) puts there the model refitted
// without the held-out fold's sites. One model for the whole process: the
// caller runs one fold at a time.
var HeadlineModel *headline.Model

// pickHeadlineModel returns HeadlineModel when it is set, else the
// built-in model.
func pickHeadlineModel() *headline.Model {
	if HeadlineModel != nil {
		return HeadlineModel
	}
	return &headlineModel
}

// TitleModel, in a build with the titletrace tag only, stands in for the
// built-in title ranker of HTML pages when it is not nil: the census's
// site-fold cross-validation of the HTML title (internal/titlecensus -cv
// -html) puts there the ranker refitted without the held-out fold's
// sites. One model for the whole process, as HeadlineModel.
var TitleModel *headline.Model

// pickTitleModel returns TitleModel when it is set, else the built-in
// title ranker.
func pickTitleModel() *headline.Model {
	if TitleModel != nil {
		return TitleModel
	}
	return &titleModel
}
