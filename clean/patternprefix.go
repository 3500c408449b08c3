package clean

import "strings"

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
// repeat's operand (x?, x*, x{n}: the byte before is dropped). Folding
// in case, a match may hold "ſ" or the Kelvin sign for s or k: a text
// holding one must not be tested against the prefixes (see
// altDispatch.mayOpen).
func literalPrefixes(alt string) []string {
	if alts := topAlternatives(alt); len(alts) > 1 {
		var set []string
		for _, a := range alts {
			sub := literalPrefixes(a)
			if sub == nil {
				return nil
			}
			set = append(set, sub...)
		}
		return withoutLonger(set)
	}
	set := []string{""}
	for i := 0; i < len(alt); {
		c := alt[i]
		if c == '(' {
			words, end, ok := plainGroup(alt, i)
			if !ok {
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
		if c >= 0x80 || strings.IndexByte(regexpMeta, c) >= 0 {
			break
		}
		if i+1 < len(alt) && strings.IndexByte("?*{", alt[i+1]) >= 0 {
			break // c may be absent
		}
		for k := range set {
			set[k] += string(lowerASCII(c))
		}
		i++
	}
	for _, p := range set {
		if p == "" {
			return nil // a match may open with anything
		}
	}
	return withoutLonger(set)
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

// letterPrefixes returns, for each ASCII letter (index c-'a'), the
// literals (see literalPrefixes) one of which every alternative of alts
// that may open with the letter opens with, those that open with it; nil
// for a letter when one such alternative has none. opensWith reports
// whether alternative i may open with a byte.
func letterPrefixes(alts []string, opensWith func(i int, b byte) bool) (out [26][]string) {
	known := [26]bool{}
	for c := range known {
		known[c] = true
	}
	for i, a := range alts {
		prefixes := literalPrefixes(a)
		for c := byte('a'); c <= 'z'; c++ {
			k := c - 'a'
			if !known[k] || !opensWith(i, c) && !opensWith(i, c&^0x20) {
				continue
			}
			if prefixes == nil {
				known[k], out[k] = false, nil
				continue
			}
			for _, p := range prefixes {
				if p[0] == c {
					out[k] = append(out[k], p)
				}
			}
		}
	}
	for k := range out {
		out[k] = withoutLonger(out[k])
	}
	return out
}
