package clean

import (
	"strings"
	"unicode"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// casedAsMeta returns title, the ranker's choice, as one of the page's own
// titles ([metaTitles]) prints it when the choice is set in capitals alone
// and that title is the same text in the headline's case: an <h1> typed in
// capitals ("FERRY RETURNS TO THE ISLANDS") beside og:title "Ferry returns
// to the islands". The two are one candidate (its key folds case), which
// keeps the first text it met, the heading's. Any other difference (a
// letter, a mark, a space) keeps the choice, as does a metadata title in
// lower case alone, which has lost the capitals of the names and acronyms
// the heading keeps ("nasa tests ..." beside "NASA TESTS ..."), and a
// choice with a lower-case letter or with no cased letter at all, which
// most are: it is returned at once.
func casedAsMeta(title string, m *htmldoc.Meta, host string) string {
	if !onlyCapitals(title) {
		return title
	}
	for _, t := range metaTitles(m, host) {
		if t != title && strings.EqualFold(t, title) && strings.ContainsFunc(t, unicode.IsLower) && strings.ContainsFunc(t, unicode.IsUpper) {
			return t
		}
	}
	return title
}

// onlyCapitals reports whether s holds an upper-case letter and no
// lower-case one.
func onlyCapitals(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}
