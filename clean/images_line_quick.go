package clean

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// creditLines is the whole-line credit test (creditLineExpr). It was one
// regexp of six branches, compiled whole the first time a line needed it
// (about 2.5M instructions, a tenth of a one-page run's start-up, most of
// it the 120 copies of "." in the "©" branch). The branches open in ways
// that exclude one another ("©", "(", an agency's name and its slash, one
// of six words), so the line's opening picks the only branch that can
// match: the "©" branch is a scan, the others are compiled on first use,
// each a fraction of the whole.
type creditLines struct{}

// creditLine returns the whole-line credit test.
func creditLine() creditLines { return creditLines{} }

// MatchString reports whether t, a whole line, is a photo credit: whether
// creditLineExpr matches it.
func (creditLines) MatchString(t string) bool {
	switch {
	case t == "":
		return false
	case t[0] == '(':
		return mayBeParenCreditLine(t) && creditParenLineRE().MatchString(t)
	case strings.HasPrefix(t, "©"):
		return copyCreditLine(t)
	case agencyOpening(t):
		// creditTail's agency branch is this one anchored at both ends.
		return creditTailFrom[creditAgency](t)
	case creditWordFirst(t):
		return creditWordsLineRE().MatchString(t)
	}
	return false
}

// creditParenLineRE and creditWordsLineRE are creditLineExpr's branches
// opening with "(" and with a word, anchored, compiled on first use.
var (
	creditParenLineRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + creditParenLine + `)$`) })
	creditWordsLineRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + creditWordsLine + `)$`) })
)

// copyCreditLine is creditCopyLine anchored at both ends (`^©.{1,120}$`)
// for a t that opens with "©": one to 120 runes after it, none a line
// feed. The regexp reads an invalid byte as one rune (U+FFFD), which "."
// matches, as RuneCountInString counts it.
func copyCreditLine(t string) bool {
	rest := t[len("©"):]
	if rest == "" || len(rest) > 120*utf8.UTFMax || strings.IndexByte(rest, '\n') >= 0 {
		return false
	}
	return utf8.RuneCountInString(rest) <= 120
}

// agencyOpening reports whether t opens with a photo agency's name and
// its slash, as every match of agencyCredit does; no other branch of
// creditLineExpr matches such a line (none of the six words opens an
// agency's name).
func agencyOpening(t string) bool {
	for _, a := range creditAgencies {
		if len(t) > len(a) && t[len(a)] == '/' && t[:len(a)] == a {
			return true
		}
	}
	return false
}

// creditWordFirst reports whether t's first rune can open creditWordsLine:
// the first letter of "photo", "image", "picture", "video", "credit" or
// "source" in either case, or "ſ", which (?i) takes for "s".
func creditWordFirst(t string) bool {
	switch t[0] {
	case 'p', 'P', 'i', 'I', 'v', 'V', 'c', 'C', 's', 'S':
		return true
	}
	return strings.HasPrefix(t, "ſ")
}
