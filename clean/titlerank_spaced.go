package clean

import (
	"strings"

	"github.com/newsclean/newsclean/internal/htmldoc"
)

// spacedAsMeta returns title, the ranker's choice, as one of the page's
// own titles prints it ([metaTitles]) when that title is the same text
// with spaces the choice lacks: a heading built of two elements whose
// texts meet without a space ("<span>Ferry returns</span><span>to the
// islands</span>" reads "Ferry returnsto the islands"), which the page's
// style sets apart and its og:title spells out. Any other difference (a
// letter, a mark, case) keeps the choice. A title with no space-less
// joint the metadata could mend (fewer than two words' worth of bytes)
// is returned at once.
func spacedAsMeta(title string, m *htmldoc.Meta, host string) string {
	if len(title) < 4 {
		return title
	}
	bare := withoutSpaces(title)
	n := len(strings.Fields(title))
	for _, t := range metaTitles(m, host) {
		if len(t) > len(title) && len(strings.Fields(t)) > n && withoutSpaces(t) == bare {
			return t
		}
	}
	return title
}

// withoutSpaces returns s without its white space (unicode.IsSpace's, the
// no-break space among it).
func withoutSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, f := range strings.Fields(s) {
		b.WriteString(f)
	}
	return b.String()
}
