package clean

import (
	"strings"
	"unicode/utf8"
)

// Certain cheap tests before patterns that most pages reach but few lines
// match: in a process that reads one page, each spares the compile of its
// pattern (0.5-2M instructions) on the pages whose lines it turns down
// all. A false from each is certain: its test checks it against the
// pattern over the corpus's lines and made-up ones.

// guardedRegexp is a lazyRegexp whose MatchString runs may first: a text
// may turns down is no match, and a page with no other text spares the
// compile.
type guardedRegexp struct {
	may func(string) bool
	*lazyRegexp
}

// MatchString is the pattern's MatchString, after may.
func (g guardedRegexp) MatchString(s string) bool {
	return g.may(s) && g.lazyRegexp.MatchString(s)
}

// mayOpenByline reports whether s may match byline: it opens, in either
// case, with one of the label's words and white space (\s). A byte past
// ASCII among the first len("written by") lets the text through: the long
// s folds to "s" under (?i).
func mayOpenByline(s string) bool {
	for i := 0; i < len(s) && i < len("written by"); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	for _, w := range [...]string{"by", "author:", "authors:", "story by", "written by"} {
		if len(s) > len(w) && hasPrefixFoldASCII(s, w) && isRegexpSpace(s[len(w)]) {
			return true
		}
	}
	return false
}

// isRegexpSpace reports whether c is white space as a regexp's \s reads
// it: [\t\n\f\r ].
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// shareCallWords are ASCII pieces one of which every match of shareCall
// holds (lower case, as mayHoldFoldWord reads them): one of each of its
// alternatives.
var shareCallWords = []string{
	"share it", "share this", "tell your friends", "spread the word", "like this", "liked this", "like what you",
	"enjoy this", "enjoyed this", "enjoy what you", "enjoyed what you", "love this", "love what you",
	"follow ", "chat with us",
}

// supportCallWords are ASCII pieces one of which every match of
// supportCall holds, as shareCallWords are shareCall's.
var supportCallWords = []string{
	"support ", "donate to ", "funded by readers", "here to get", "here to download", "on the go by clicking",
	"download our", "download the", "want more", "get the free", "get our free", "get your free",
	"this article is", "this story is", "this content is", "this post is",
}

// newsletterCallWords are ASCII pieces one of which every match of
// newsletterCall holds: the nouns its first form ends with, and the
// "subscribe" of the other two.
var newsletterCallWords = []string{
	"subscribe", "newsletter", "nieuwsbrief", "bolet", "infolettre", "mailing list", "inbox", "mail updates",
	"to your e", "posteingang",
}

// mayBeWireAuthor reports whether s may match wireAuthor: a comma, bar or
// slash, and one of the wires (as written: the pattern reads case) at the
// end, before white space (\s).
func mayBeWireAuthor(s string) bool {
	if !strings.ContainsAny(s, ",|/") {
		return false
	}
	s = strings.TrimRight(s, " \t\n\f\r")
	for _, w := range [...]string{"Reuters", "AP", "AFP", "Associated Press", "Bloomberg", "dpa", "EFE", "Anadolu"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// findWireAuthor is wireAuthor.FindStringSubmatch, after mayBeWireAuthor.
func findWireAuthor(s string) []string {
	if !mayBeWireAuthor(s) {
		return nil
	}
	return wireAuthor.FindStringSubmatch(s)
}

// morePostsNouns are the nouns one of which every match of morePosts holds
// (as mayHoldFoldWord reads them).
var morePostsNouns = []string{"posts", "articles", "stories", "guides", "blogs", "reads"}

// cookieWord is the word every match of cookieNotice holds.
var cookieWord = []string{"cookie"}
