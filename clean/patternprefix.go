package clean

import (
	"slices"
	"strings"
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
// none can be told. It reads ASCII bytes that are literals, and groups
// (?:a|b) of such literals, plain or optional (?), and stops before a
// byte past ASCII, an escape, a class, a dot, another group or a
// repeat's operand (x?, x*, x{n}: the byte before is dropped); a group
// (?:...) that is neither optional nor repeated and whose alternatives
// hold more (groups, classes) gives the literals they open with
// (nestedGroupPrefixes), and the scan stops after it. Folding
// in case, a match may hold "ſ" or the Kelvin sign for s or k: a text
// holding one must not be tested against the prefixes (see
// altDispatch.mayOpen).
func literalPrefixes(alt string) []string {
	if strings.IndexByte(alt, '|') >= 0 {
		if alts := topAlternatives(alt); len(alts) > 1 {
			var set []string
			for _, a := range alts {
				sub := literalPrefixes(a)
				if sub == nil {
					return nil
				}
				set = append(set, sub...)
			}
			return shortestPrefixes(set)
		}
	}
	set := []string{""}
	for i := 0; i < len(alt); {
		if alt[i] == '(' {
			words, end, ok := plainGroup(alt, i)
			if !ok {
				// a group of alternatives that hold groups or classes:
				// the literals they open with, and the scan stops there
				if sub, end := nestedGroupPrefixes(alt, i); sub != nil && (end == len(alt) || strings.IndexByte("?*{", alt[end]) < 0) &&
					len(set)*len(sub) <= maxLiteralPrefixes {
					set = product(set, sub)
				}
				break
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
		if i = j; j < len(alt) && alt[j] != '(' {
			break // a byte the scan does not read, or a quantified one
		}
	}
	for _, p := range set {
		if p == "" {
			return nil // a match may open with anything
		}
	}
	return shortestPrefixes(set)
}

// literalRun returns the end of the run of literal ASCII bytes of alt
// from i, short of a byte a quantifier (?, *, {) follows.
func literalRun(alt string, i int) int {
	j := i
	for j < len(alt) && alt[j] < 0x80 && strings.IndexByte(regexpMeta, alt[j]) < 0 {
		j++
	}
	if j > i && j < len(alt) && strings.IndexByte("?*{", alt[j]) >= 0 {
		j-- // the last byte may be absent
	}
	return j
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
// has an alternative whose literals cannot be told. A literal may be
// only the start of its alternative: the scan goes no further.
func nestedGroupPrefixes(alt string, i int) ([]string, int) {
	if !strings.HasPrefix(alt[i:], "(?:") {
		return nil, 0
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
				return literalPrefixes(alt[i+len("(?:") : j]), j + 1
			}
		}
	}
	return nil, 0
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
		case c >= 0x80 || strings.IndexByte(regexpMeta, c) >= 0:
			return nil, 0, false
		default:
			b.WriteByte(lowerASCII(c))
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
