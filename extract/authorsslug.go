package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/clean"
)

// slugAuthors returns the author a page's metadata names only by a
// profile address ([htmldoc.Meta.AuthorSlugs]: "/author/jane-doe/"), when
// the page agrees: the name as a block other than the title prints it
// (the byline or author card no detector read: "Jane Doe" in its printed
// letters), or else, title-cased, when a metadata name is the same name
// without its spaces (a handle, "janedoe"). A slug the page does not
// print is no one's name for certain ("editorial-desk"); nil then.
func slugAuthors(slugs []string, blocks []clean.Block, metaNames []string) []string {
	for _, s := range slugs {
		if !cleanPersonName(titleCase(s)) || cleanNotPersonWords(s) {
			continue
		}
		for _, b := range blocks {
			if b.Kind == clean.Title {
				continue
			}
			if n := printedName(b.Text, s); n != "" {
				return []string{n}
			}
		}
		for _, n := range metaNames {
			if cleanSquash(n) == cleanSquash(s) {
				return []string{titleCase(s)}
			}
		}
	}
	return nil
}

// printedName returns name (lower case, ASCII) as text prints it, in its
// own letters, where text holds it as whole words; "" where it does not.
// The search is linear: text is lowered once, and its case kept where
// lowering does not change a letter's length.
func printedName(text, name string) string {
	low := strings.ToLower(text)
	if len(low) != len(text) {
		return "" // lowering changed the bytes: positions do not carry over
	}
	for from := 0; from < len(low); {
		k := strings.Index(low[from:], name)
		if k < 0 {
			return ""
		}
		k += from
		end := k + len(name)
		if !letterAt(low, k, true) && !letterAt(low, end, false) {
			return text[k:end]
		}
		from = k + 1
	}
	return ""
}

// letterAt reports whether a letter or digit stands just before i
// (before set) or at i.
func letterAt(s string, i int, before bool) bool {
	var r rune
	if before {
		if i == 0 {
			return false
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		if i >= len(s) {
			return false
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
