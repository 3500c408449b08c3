package htmldoc

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Semantic flags, inherited by descendants.
const (
	fHeading uint16 = 1 << iota
	fFigure
	fList
	fNav
	fHeader
	fFooter
	fAside
	fForm
	fHidden
	fLink
	fPre
)

var tagFlags = map[string]uint16{
	"h1": fHeading, "h2": fHeading, "h3": fHeading, "h4": fHeading, "h5": fHeading,
	"h6": fHeading, "hgroup": fHeading,
	"figure": fFigure, "figcaption": fFigure,
	"ul": fList, "ol": fList, "dl": fList, "menu": fList, "li": fList,
	"nav": fNav, "header": fHeader, "footer": fFooter, "aside": fAside,
	"form": fForm, "a": fLink, "pre": fPre, "textarea": fPre, "listing": fPre,
}

var roleFlags = map[string]uint16{
	"heading": fHeading, "figure": fFigure, "list": fList, "listitem": fList,
	"navigation": fNav, "menu": fNav, "menubar": fNav, "banner": fHeader,
	"contentinfo": fFooter, "complementary": fAside, "form": fForm, "search": fForm,
	"link": fLink,
}

// maxWords bounds Block.Words.
const maxWords = 96

// addAttrs reads the feature attributes of f's element into f.
func (w *walker) addAttrs(f *frame) {
	f.flags |= tagFlags[f.tag]
	for _, a := range f.n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "class", "id":
			// split and merged into the inherited words by wordsAt, when
			// a block needs them
			f.named, f.wordsOK = true, false
		case "role":
			for _, r := range strings.Fields(strings.ToLower(a.Val)) {
				f.flags |= roleFlags[r]
			}
		case "hidden":
			f.flags |= fHidden
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				f.flags |= fHidden
			}
		case "style":
			if styleHides(a.Val) {
				f.flags |= fHidden
			}
		case "itemprop":
			if v := strings.TrimSpace(a.Val); v != "" {
				f.itemprop = v
			}
		}
	}
}

// mergeWords returns parent followed by the words of own it lacks, keeping
// the last maxWords; parent itself when it lacks none. It never modifies
// parent's backing array.
func mergeWords(parent, own []string) []string {
	if !slices.ContainsFunc(own, func(w string) bool { return !slices.Contains(parent, w) }) {
		return parent
	}
	out := make([]string, len(parent), len(parent)+len(own))
	copy(out, parent)
outer:
	for _, w := range own {
		for _, have := range out {
			if have == w {
				continue outer
			}
		}
		out = append(out, w)
	}
	if len(out) > maxWords {
		out = out[len(out)-maxWords:]
	}
	return out[:len(out):len(out)]
}

// SplitWords appends to dst the lower-cased tokens of a class or id value,
// split at marks, spaces and camelCase ("authorBio" gives "author", "bio"),
// numbers alone dropped: the words of Block.Words.
func SplitWords(s string, dst []string) []string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return splitWordsRunes(s, dst)
		}
	}
	return splitWordsASCII(s, dst)
}

// splitWordsRunes is SplitWords for a value of any text, rune by rune.
func splitWordsRunes(s string, dst []string) []string {
	start := -1
	var prev rune
	emit := func(end int) {
		if start >= 0 && end > start {
			tok := strings.ToLower(s[start:end])
			if !allUnicodeDigits(tok) && len(dst) < maxWords {
				dst = append(dst, tok)
			}
		}
		start = -1
	}
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			emit(i)
			prev = r
			continue
		}
		if start >= 0 && unicode.IsUpper(r) {
			// fooBar -> foo|Bar; HTMLParser -> HTML|Parser.
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) ||
				unicode.IsUpper(prev) && unicode.IsLower(next) {
				emit(i)
			}
		}
		if start < 0 {
			start = i
		}
		prev = r
	}
	emit(len(s))
	return dst
}

// allUnicodeDigits reports whether every rune of s is a digit of any
// script (unicode.IsDigit: "٢٠" too), and so is true for the empty token;
// the ASCII run the detectors read is uchar.AllASCIIDigits.
func allUnicodeDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// ClassEnds appends to dst the first and last tokens of each of n's class
// names and of its id, split and lower-cased as [Block].Words are
// ("related-posts" gives "related", "posts"; "content-nav-section" gives
// "content", "section"), and returns it. The id counts only when it has at
// most three tokens: a longer one is most often a heading's slug, whose
// words say what the text is about, not what the element is.
func ClassEnds(n *html.Node, dst []string) []string {
	var toks [maxWords]string
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" {
			continue
		}
		names := strings.Fields(a.Val)
		if a.Key == "id" {
			names = []string{a.Val}
		}
		for _, name := range names {
			t := SplitWords(name, toks[:0])
			if len(t) == 0 || a.Key == "id" && len(t) > 3 {
				continue
			}
			dst = append(dst, t[0])
			if len(t) > 1 {
				dst = append(dst, t[len(t)-1])
			}
		}
	}
	return dst
}
