package clean

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/uchar"
)

// The tests below stand before a pattern that a one-page process compiled
// on many pages and matched on few (a temporary count over WCXB-dev text,
// AEB text and the seeds, one process per page: stockCreditHead compiled
// on 673 of 1,683 pages and matched on 1, cardRole on 912 and 7, the
// parenthesised credit on 611 and 19). Each is certain: it turns down no
// line its pattern matches (TestPatternGatesKeepMatches runs them over the
// corpus's lines), and a line it turns down costs the pattern neither its
// compile nor its run. Folding in case, a match may hold "ſ" or the Kelvin
// sign for s or k: a line that holds one is let through.

// stockNamePrefixes are the literals stockAgencies' names open with, in
// lower case (literalPrefixes of its alternatives), read on first use.
var stockNamePrefixes = sync.OnceValue(func() []string {
	return literalPrefixes(strings.TrimSuffix(strings.TrimPrefix(stockAgencies, "(?:"), ")"))
})

// mayOpenStockCredit is stockCreditHead's cheap first test: the line holds
// a slash or a bar, and after up to two runes that are no ASCII word byte
// opens, in either case, with the start of a stock library's name. It
// lets more through than the pattern's (?i)\W{0,2} takes: \W under (?i)
// takes no ſ nor Kelvin sign (they fold to word letters), and a line that
// holds either is let through whole.
func mayOpenStockCredit(s string) bool {
	if strings.IndexByte(s, '/') < 0 && strings.IndexByte(s, '|') < 0 {
		return false
	}
	// An ASCII line (most lines), read eight bytes at a time, holds
	// neither folded letter: two searches of each line cost more.
	if !uchar.IsASCII(s) && (strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")) {
		return true
	}
	t := s
	for k := 0; ; k++ {
		if hasPrefixFoldAny(t, stockNamePrefixes()) {
			return true
		}
		if k == 2 || t == "" {
			return false
		}
		r, n := utf8.DecodeRuneInString(t)
		if r < utf8.RuneSelf && isWordByte(byte(r)) {
			return false
		}
		t = t[n:]
	}
}

// cardTrades are the trades cardRole's line names, in lower case.
var cardTrades = []string{"author", "writer", "reporter", "journalist", "correspondent", "editor", "columnist", "contributor"}

// isCardRole reports whether s is cardRole's line; the regexp runs only
// on a line that holds one of the trades, in either case.
func isCardRole(s string) bool {
	return mayHoldFoldWord(s, cardTrades) && cardRole.MatchString(s)
}

// mayBeWriterRole is writerRole's cheap first test, for s trimmed of white
// space: its first word, in lower case, is one writerRole lets stand
// before the trade (roleOnlyWords, cardRoleWords), or opens with a trade
// ("Writer, Hardware"). A line cardRole matches whose words before the
// trade writerRole takes opens with one of these; the name of a person,
// a place or a product under a name line opens with none.
func mayBeWriterRole(s string) bool {
	if !uchar.IsASCII(s) && strings.Contains(s, "ſ") {
		return true
	}
	first := s
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		first = s[:i]
	}
	var buf [32]byte
	if len(first) > len(buf) || !uchar.IsASCII(first) {
		w := strings.ToLower(first) // rare: a long word, or one past ASCII
		return roleOnlyWords[w] || cardRoleWords[w] || hasAnyPrefix(w, cardTrades)
	}
	for i := 0; i < len(first); i++ {
		buf[i] = lowerASCII(first[i])
	}
	w := buf[:len(first)] // looked up with no string made
	if roleOnlyWords[string(w)] || cardRoleWords[string(w)] {
		return true
	}
	for _, t := range cardTrades {
		if hasPrefixFoldASCII(first, t) {
			return true
		}
	}
	return false
}

// mayBeParenCredit is the parenthesised credit's cheap first test
// (creditParenExpr anchored at both ends), for s that opens with "(": its
// only ")" ends it, and it opens with "photo", "image" or "source" in
// either case, or ends with "Images)" or "Photo)".
func mayBeParenCredit(s string) bool {
	if len(s) < 3 || s[len(s)-1] != ')' || strings.IndexByte(s[:len(s)-1], ')') >= 0 {
		return false
	}
	return strings.HasSuffix(s, "Images)") || strings.HasSuffix(s, "Photo)") || strings.Contains(s, "ſ") ||
		hasPrefixFoldAny(s[1:], parenCreditWords)
}

// gatedCredit returns the test that runs credit only where may, its cheap
// first test, lets the text through.
func gatedCredit(may, credit func(string) bool) func(string) bool {
	return func(s string) bool { return may(s) && credit(s) }
}

// parenCreditWords are the words a parenthesised credit's first form
// opens with, in lower case.
var parenCreditWords = []string{"photo", "image", "source"}

// mayBeParenCreditLine is the cheap first test of creditParenLine
// anchored at both ends, for t that opens with "(": its only ")" ends it,
// and it opens with "photo" or "image" in either case, holds a slash (an
// agency's credit, "(AFP/Jane Doe)"), or ends with one of
// parenCreditLineEnds.
func mayBeParenCreditLine(t string) bool {
	if len(t) < 3 || t[len(t)-1] != ')' || strings.IndexByte(t[:len(t)-1], ')') >= 0 {
		return false
	}
	if strings.IndexByte(t, '/') >= 0 || hasPrefixFoldAny(t[1:], parenCreditWords[:2]) {
		return true
	}
	for _, e := range parenCreditLineEnds {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// parenCreditLineEnds are the ends of creditParenLine's second form.
var parenCreditLineEnds = []string{"Images)", "Photo)", "Photos)", "AP)", "AFP)", "Reuters)", "REUTERS)"}
