//go:build !titletrace

package clean

import "github.com/newsclean/newsclean/internal/headline"

// traceTitle marks the path by which a hand rule or the headline model
// took block i of a flattened page for its headline, for the census of
// which rule decides the text path's titles (built with the titletrace
// tag: titletrace_on.go). In the library it does nothing and costs
// nothing: an empty function the compiler drops.
func traceTitle(p *Page, path string, i int) {}

// titleOff reports whether the census has turned the text head's rule
// name off, to count what the next rule would have taken in its place
// (titletrace_on.go). In the library no rule is ever off: a constant the
// compiler folds away.
func titleOff(name string) bool { return false }

// titleOn reports whether a census has turned on the text head's rule
// name, one measured but not kept (TitleOn, titletrace_on.go). In the
// library none is ever on: a constant the compiler folds away, with the
// rule's call.
func titleOn(name string) bool { return false }

// pickHeadlineModel returns the headline model titleByScore ranks the
// candidates with: in the library always the built-in one (an inlined
// address); a census's site-fold cross-validation puts a fold's refit in
// its place (titletrace_on.go).
func pickHeadlineModel() *headline.Model { return &headlineModel }

// pickTitleModel returns the model rankTitle scores an HTML page's title
// candidates with: in the library always the built-in one; a census's
// site-fold cross-validation puts a fold's refit in its place
// (titletrace_on.go).
func pickTitleModel() *headline.Model { return &titleModel }
