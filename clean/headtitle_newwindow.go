package clean

import "strings"

// notPrintedHeadline reports whether the line titleAbove picked over the
// story is a line a second pass over the text output would not keep for
// the headline, and so no headline for the first: a share button's label
// that says its link opens a new window ("Click to print (Opens in new
// window)"; opensNewWindow). Printed as the title, the page's headline
// in the body below it became the second pass's title. The head model's
// candidates leave such labels out already (headlineCandidate); titleAbove's
// picks are one of its features and stay as they are.
func notPrintedHeadline(s string) bool {
	return opensNewWindow(strings.TrimSpace(s))
}
