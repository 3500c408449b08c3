package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// agencyCreditWhole reports whether agencyCredit, anchored at both ends,
// matches s: a photo agency's name (creditAgencies), a slash, one to four
// names joined by single spaces, each an upper-case letter and then
// letters or any of ' . - ’, then slashes each with an upper-case letter
// and letters after it ("EPA-EFE/TATYANA ZENKOVICH/POOL"). It scans
// instead of compiling the regexp, whose \p{L} ranges cost more to parse
// than a page's scans. The names' runs stop only at a space, a slash or
// the end, none of which they hold, so the regexp has one way to match
// and the scan takes it (TestAgencyCreditWhole). A byte that is not UTF-8
// reads as U+FFFD, as in the regexp: not a letter.
func agencyCreditWhole(s string) bool {
	for _, a := range creditAgencies {
		if len(s) > len(a) && s[len(a)] == '/' && s[:len(a)] == a && agencyCreditNames(s[len(a)+1:]) {
			return true
		}
	}
	return false
}

// agencyCreditNames reports whether s is what follows the agency's slash
// in agencyCredit, to the end: `\p{Lu}['.\-’\p{L}]*(?: \p{Lu}['.\-’\p{L}]*){0,3}(?:/\p{Lu}\p{L}*)*`.
func agencyCreditNames(s string) bool {
	i := 0
	for w := 0; ; w++ {
		if i = upperThen(s, i, isCreditNameRune); i < 0 {
			return false
		}
		if i == len(s) || s[i] != ' ' {
			break
		}
		if w == 3 {
			return false // a fifth name: the space has nowhere to go
		}
		i++
	}
	for i < len(s) {
		if s[i] != '/' {
			return false
		}
		if i = upperThen(s, i+1, unicode.IsLetter); i < 0 {
			return false
		}
	}
	return true
}

// upperThen reads, from s[i:], an upper-case letter and the longest run of
// runes in after it, returning where the run ends; -1 when s[i:] does not
// open with an upper-case letter.
func upperThen(s string, i int, after func(rune) bool) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	if n == 0 || !unicode.IsUpper(r) {
		return -1
	}
	for i += n; i < len(s); i += n {
		if r, n = utf8.DecodeRuneInString(s[i:]); !after(r) {
			break
		}
	}
	return i
}

// isCreditNameRune reports whether r may follow a name's first letter in
// agencyCredit: a letter, or one of ' . - ’.
func isCreditNameRune(r rune) bool {
	return unicode.IsLetter(r) || r < utf8.RuneSelf && strings.IndexByte(`'.-`, byte(r)) >= 0 || r == '’'
}
