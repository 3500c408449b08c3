package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A pattern made of many alternatives is tried only on the lines whose
// first bytes one of them may open with (altDispatch, callFor), and each
// smaller pattern is compiled the first time a line reaches it. The first
// letter or the first word lets through lines of English prose ("What ...",
// "Book ...", "If ...") that open no alternative: a process that reads one
// page then compiles a pattern that never matches there (textCall's w
// group, "what do you think|want to advertise ...", on 565 of 1,497 WCXB
// text pages, matched on 19). The literal an alternative's source opens
// with ("what do you think", "want to advertise") is read off the source,
// a scan of its bytes (parsing the alternatives cost more than running
// the patterns), and tested before the compile.

// maxLiteralPrefixes bounds the prefixes literalPrefixes builds from an
// alternative's groups: past it, it stops where it is.
const maxLiteralPrefixes = 32

// regexpMeta are the bytes of a pattern's source that are not literals
// (Perl syntax, no x flag).
const regexpMeta = `\.+*?()|[]{}^$`

// literalPrefixes returns, in ASCII lower case, literals one of which
// every match of the pattern source alt (an alternation: of each of its
// alternatives) opens with, as a case-insensitive
// pattern matches (so they hold for a case-sensitive one too); nil when
// none can be told. It reads ASCII bytes that are literals and runes past
// ASCII that fold to no other (caselessRuneLen: "’" in "you’re"), groups
// (?:a|b) of such literals and classes [a’] of such bytes and runes
// (plainClass), plain or optional (?), and stops before another rune past
// ASCII, an escape, another class, a dot, another group or a repeat's
// operand (x?, x*, x{n}: the byte or rune before is dropped); a group
// (?:...) that is not optional (?, *, {n}) and whose alternatives hold
// more (groups, classes) gives the literals they open with
// (nestedGroupPrefixes), and the scan goes on after it only when each of
// them is a whole match of its alternative and the group is not repeated
// (a group under + gives its literals and the scan stops after it). Folding
// in case, a match may hold "ſ" or the Kelvin sign for s or k: a text
// holding one must not be tested against the prefixes (see
// altDispatch.mayOpen).
func literalPrefixes(alt string) []string {
	set, _ := literalsRead(alt)
	if set == nil {
		return nil
	}
	return shortestPrefixes(set)
}

// literalsRead is literalPrefixes before the longer literals are dropped:
// every literal read, and whole, true when the scan read each alternative
// to its end, so each literal is a whole match and what follows alt in a
// pattern may be read after it (a longer one may then open no more than
// the shorter one it starts with: "a" and "ab" before "c").
func literalsRead(alt string) (set []string, whole bool) {
	if strings.IndexByte(alt, '|') >= 0 {
		if alts := topAlternatives(alt); len(alts) > 1 {
			whole = true
			for _, a := range alts {
				sub, w := literalsRead(a)
				if sub == nil {
					return nil, false
				}
				set, whole = append(set, sub...), whole && w
			}
			return set, whole
		}
	}
	set = []string{""}
	i := 0
	for i < len(alt) {
		if alt[i] == '(' || alt[i] == '[' {
			words, end, ok := plainGroup(alt, i)
			if alt[i] == '[' {
				words, end, ok = plainClass(alt, i)
			}
			if !ok {
				// a group of alternatives that hold groups or classes:
				// the literals they open with, and the scan goes on past
				// it only when they are the alternatives whole
				sub, end, w := nestedGroupPrefixes(alt, i)
				quantified := end < len(alt) && strings.IndexByte("?*{+", alt[end]) >= 0
				if sub == nil || len(set)*len(sub) > maxLiteralPrefixes || quantified && alt[end] != '+' {
					break // none told, too many, or it may be absent
				}
				set = product(set, sub)
				if !w || quantified {
					break // a literal may be its alternative's start only, or the group may come again
				}
				i = end
				continue
			}
			next := byte(0)
			if end < len(alt) {
				next = alt[end]
			}
			if next == '*' || next == '{' {
				break // repeated: it may be absent, or come twice
			}
			if next == '?' {
				words = append(words, "")
				end++
				if end < len(alt) && alt[end] == '?' {
					end++ // lazy: still optional
				}
			}
			if len(set)*len(words) > maxLiteralPrefixes {
				break
			}
			set = product(set, words)
			if next == '+' {
				break // the group once, then perhaps again: stop after it
			}
			i = end
			continue
		}
		j := literalRun(alt, i)
		if j == i {
			break
		}
		run := lowerASCIIString(alt[i:j])
		for k := range set {
			set[k] += run
		}
		if i = j; j < len(alt) && alt[j] != '(' && alt[j] != '[' {
			break // a byte the scan does not read, or a quantified one
		}
	}
	for _, p := range set {
		if p == "" {
			return nil, false // a match may open with anything
		}
	}
	return set, i == len(alt)
}

// literalRun returns the end of the run of literal ASCII bytes and
// caseless runes (caselessRuneLen) of alt from i, short of a byte or rune
// a quantifier (?, *, {) follows.
func literalRun(alt string, i int) int {
	j, last := i, 0
	for j < len(alt) {
		if alt[j] < utf8.RuneSelf && strings.IndexByte(regexpMeta, alt[j]) < 0 {
			j, last = j+1, 1
			continue
		}
		n := caselessRuneLen(alt[j:])
		if n == 0 {
			break
		}
		j, last = j+n, n
	}
	if j > i && j < len(alt) && strings.IndexByte("?*{", alt[j]) >= 0 {
		j -= last // the last byte or rune may be absent
	}
	return j
}

// caselessRuneLen returns the length of the rune past ASCII that opens s
// when a pattern matches it only as itself, folding case or not (no other
// rune folds to it: a curly quote, a dash, a CJK ideograph), so a text
// holds it as these very bytes; 0 for any other rune, for bytes that are
// not UTF-8 and for U+FFFD, as which the regexp package reads them.
func caselessRuneLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if r < utf8.RuneSelf || r == utf8.RuneError || unicode.SimpleFold(r) != r {
		return 0
	}
	return n
}

// lowerASCIIString returns s in ASCII lower case, s itself when it has no
// upper-case letter.
func lowerASCIIString(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				b[k] = lowerASCII(b[k])
			}
			return string(b)
		}
	}
	return s
}

// shortestPrefixes returns set, sorted, without the strings another of
// it opens (a text that opens with one opens with the other) and without
// repeats: after sorting, a string's longer forms follow it.
func shortestPrefixes(set []string) []string {
	slices.Sort(set)
	out := set[:0]
	for _, s := range set {
		if len(out) == 0 || !strings.HasPrefix(s, out[len(out)-1]) {
			out = append(out, s)
		}
	}
	return out
}

// nestedGroupPrefixes returns the literals (literalPrefixes) one of which
// the group (?:...) that opens alt at i opens with, and the index past
// its closing parenthesis; nil when it is another group, is not closed or
// has an alternative whose literals cannot be told; whole as literalsRead
// tells it (each literal a whole match of its alternative: the scan may
// go on past the group).
func nestedGroupPrefixes(alt string, i int) (set []string, end int, whole bool) {
	if !strings.HasPrefix(alt[i:], "(?:") {
		return nil, 0, false
	}
	depth, class := 0, false
	for j := i; j < len(alt); j++ {
		switch c := alt[j]; {
		case c == '\\':
			j++ // the escaped byte
		case class:
			class = c != ']'
		case c == '[':
			class = true
			if j+1 < len(alt) && alt[j+1] == '^' {
				j++
			}
			if j+1 < len(alt) && alt[j+1] == ']' {
				j++ // a ] first in the class is a member
			}
		case c == '(':
			depth++
		case c == ')':
			if depth--; depth == 0 {
				set, whole := literalsRead(alt[i+len("(?:") : j])
				return set, j + 1, whole
			}
		}
	}
	return nil, 0, false
}

// plainGroup reads the group (?:a|b|...) that opens alt at i, each
// alternative of it ASCII bytes that are literals (or empty), in ASCII
// lower case; end is the index past its closing parenthesis. ok is false
// for any other group.
func plainGroup(alt string, i int) (words []string, end int, ok bool) {
	if !strings.HasPrefix(alt[i:], "(?:") {
		return nil, 0, false
	}
	var b strings.Builder
	for j := i + 3; j < len(alt); j++ {
		switch c := alt[j]; {
		case c == '|' || c == ')':
			words = append(words, b.String())
			b.Reset()
			if c == ')' {
				return words, j + 1, true
			}
		case c >= utf8.RuneSelf:
			n := caselessRuneLen(alt[j:])
			if n == 0 {
				return nil, 0, false
			}
			b.WriteString(alt[j : j+n])
			j += n - 1
		case strings.IndexByte(regexpMeta, c) >= 0:
			return nil, 0, false
		default:
			b.WriteByte(lowerASCII(c))
		}
	}
	return nil, 0, false
}

// plainClass reads the class [ab...] that opens alt at i as plainGroup
// reads a group: each member, an ASCII byte that is no regexp syntax
// inside a class or a caseless rune (caselessRuneLen), is one word, in
// ASCII lower case; end is the index past the closing bracket. ok is
// false for a negated class, a range, an escape, a named class or a
// member of any other kind.
func plainClass(alt string, i int) (words []string, end int, ok bool) {
	for j := i + 1; j < len(alt); j++ {
		switch c := alt[j]; {
		case c == ']' && j > i+1:
			return words, j + 1, true
		case c >= utf8.RuneSelf:
			n := caselessRuneLen(alt[j:])
			if n == 0 {
				return nil, 0, false
			}
			words = append(words, alt[j:j+n])
			j += n - 1
		case strings.IndexByte(`\^-[]`, c) >= 0:
			return nil, 0, false
		default:
			words = append(words, string(lowerASCII(c)))
		}
	}
	return nil, 0, false
}

// letterPrefixes returns the literals (see literalPrefixes), in ASCII
// lower case, one of which every alternative of alts that may open with
// the ASCII letter c (lower case) opens with, those that open with c; nil
// when one such alternative has none, or none opens with c. opensWith
// reports whether alternative i may open with a byte.
func letterPrefixes(alts []string, c byte, opensWith func(i int, b byte) bool) []string {
	var out []string
	for i, a := range alts {
		if !opensWith(i, c) && !opensWith(i, c&^0x20) {
			continue
		}
		prefixes := literalPrefixes(a)
		if prefixes == nil {
			return nil
		}
		for _, p := range prefixes {
			if p[0] == c {
				out = append(out, p)
			}
		}
	}
	if out == nil {
		return nil
	}
	return shortestPrefixes(out)
}

// digitPrefixes returns the literals (see literalPrefixes), in ASCII lower
// case, one of which follows the run of digits in every match of the
// alternatives alts that opensWith says may open with an ASCII digit,
// when each of them opens with `\d+` (greedy, and followed by a literal
// that is no digit, it takes the whole run): plain, the literals right
// after the digits, and spaced, those after `\d+\s*`, which follow the
// white space after the digits (\s: ASCII's). Both are nil when one of
// the alternatives does not open so, when none does, or when the
// literals after one cannot be told.
func digitPrefixes(alts []string, opensWith func(i int, b byte) bool) (plain, spaced []string) {
	for i, a := range alts {
		digit := false
		for b := byte('0'); b <= '9' && !digit; b++ {
			digit = opensWith(i, b)
		}
		if !digit {
			continue
		}
		rest, ok := strings.CutPrefix(a, `\d+`)
		if !ok {
			return nil, nil
		}
		to := &plain
		if r, ok := strings.CutPrefix(rest, `\s*`); ok {
			rest, to = r, &spaced
		}
		prefixes := literalPrefixes(rest)
		if prefixes == nil {
			return nil, nil
		}
		for _, p := range prefixes {
			if p == "" || isDigit(p[0]) || to == &spaced && isRegexpSpace(p[0]) {
				return nil, nil
			}
		}
		*to = append(*to, prefixes...)
	}
	if plain == nil && spaced == nil {
		return nil, nil
	}
	if plain != nil {
		plain = shortestPrefixes(plain)
	}
	if spaced != nil {
		spaced = shortestPrefixes(spaced)
	}
	return plain, spaced
}
