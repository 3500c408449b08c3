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
// letter, a mark, case) keeps the choice. A title under four bytes, too
// short to hold two words run together, is returned at once.
func spacedAsMeta(title string, m *htmldoc.Meta, host string) string {
	if len(title) < 4 {
		return title
	}
	bare := withoutSpaces(title)
	if !spacedElsewhere(m.OGTitle, title, bare) && !spacedElsewhere(m.TitleTag, title, bare) && !spacedElsewhere(m.HeadlineLD, title, bare) && !spacedElsewhere(m.TwitterTitle, title, bare) {
		return title // no raw title holds its letters with other spaces: metaTitles, dearer, would find none
	}
	n := len(strings.Fields(title))
	for _, t := range metaTitles(m, host) {
		if len(t) > len(title) && len(strings.Fields(t)) > n && withoutSpaces(t) == bare {
			return t
		}
	}
	return title
}

// spacedElsewhere reports whether raw, a title from the page's metadata as
// found, holds title's letters (bare, title without its spaces) but not
// title itself: spaced otherwise, or with entities to decode. Most pages'
// metadata holds the ranker's choice as printed, and ask no more.
func spacedElsewhere(raw, title, bare string) bool {
	return len(raw) > len(bare) && !strings.Contains(raw, title) && strings.Contains(withoutSpaces(raw), bare)
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
