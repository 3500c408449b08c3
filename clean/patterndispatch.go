package clean

import (
	"encoding/binary"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// altDispatch runs a pattern of the form lead(?:A1|A2|...)tail, with lead
// `(?i)^\W{0,n}`, as the smaller patterns lead(?:Ai|Aj|...)tail of the
// alternatives that may start with the byte where the alternative starts.
// The regexp package runs a long alternation on its slower machine, which
// tries every alternative at the line's start (textCall's two hundred, in
// (?i), took about 50µs a line on AEB's text): here a line tries the dozen
// or so that can start with its first letter. Each smaller pattern matches
// only what the whole one matches, and a match of the whole one starts its
// alternative after at most n marks (\W: an ASCII byte that is no word
// byte, or a rune past ASCII), at one of the places MatchString tries, so
// the answers are the whole pattern's.
type altDispatch struct {
	lead  int    // n: the marks lead lets stand before the alternative
	pre   string // lead, as source
	forms string // A1|A2|..., as source
	tail  string
	whole *lazyRegexp // lead(?:forms)tail
	// opens, when set, gives for an ASCII letter (lower case) the words
	// (lower-case ASCII; a word ending in "$" is followed by no word byte)
	// one of which every alternative of the letter's group opens with,
	// or nil when not known: a line whose alternative
	// would open there with none of them spares the group's compile (see
	// mayOpen).
	opens func(c byte) []string
	// prefixes gives, for an ASCII letter (index c-'a'), the literals
	// read off the source of its group's alternatives (letterPrefixes),
	// one of which every one of them opens with; nil when not known.
	// Each is read the first time a line opens with the letter (a
	// process that reads one page meets a few letters).
	prefixes   [26][]string
	prefixOnce [26]sync.Once
	// digits and digitsSpaced give, for the group of the ASCII digits,
	// the literals read off the source after the run of digits its
	// alternatives open with, and after the white space past it
	// (digitPrefixes); both nil when not known. Read on first use.
	digits       []string
	digitsSpaced []string
	digitsOnce   sync.Once
	alts         []string  // the alternatives, as the source spells them
	starts       []byteSet // the bytes each may open with
	wild         []bool    // whether each may open with any byte
	runes        dispatchRunes

	once   sync.Once
	byByte [256]uint8       // a group's index + 1 for a byte that may start an alternative; 0 for none
	empty  uint8            // the group of the alternatives that may match the empty string, or 0
	exprs  []string         // the groups' patterns
	groups []*regexp.Regexp // compiled on first use (see group)
	gonce  []sync.Once      // one per group
}

// newAltDispatch returns the dispatch of whole, which is pre(?:forms)tail
// with pre `(?i)^\W{0,lead}`.
func newAltDispatch(pre string, lead int, forms, tail string, whole *lazyRegexp) *altDispatch {
	return &altDispatch{lead: lead, pre: pre, forms: forms, tail: tail, whole: whole}
}

// build groups the alternatives, as the source spells them, by the bytes
// they may start with (each parsed alone, in (?i), for its first bytes). An
// alternative whose first bytes cannot be told (it may start with any
// character, or match the empty string) joins every group; so does every
// alternative when one does not parse (then no line is dispatched).
func (d *altDispatch) build() {
	alts := topAlternatives(d.forms)
	starts := make([]byteSet, len(alts))
	wild := make([]bool, len(alts))
	for i, a := range alts {
		if letterStarts(a, &starts[i]) {
			d.runes.addLetter(a[0] | 0x20)
			continue
		}
		tree, err := syntax.Parse(`(?i)(?:`+a+`)`, syntax.Perl)
		if err != nil {
			return
		}
		nullable, ok := firstBytes(tree, &starts[i])
		wild[i] = nullable || !ok
		if wild[i] {
			d.runes.unknown = true
		} else {
			edgeRunes(tree, false, d.runes.add)
		}
	}
	// A group is keyed by the set of its alternatives, one bit each: the
	// pattern's source is joined once per group, not once per byte (the
	// 257 joins of textCall's forms, hashed to find their group, cost
	// more than the groups' parses).
	words := (len(alts) + 63) / 64
	index := map[string]uint8{} // a group's alternatives, as bits -> its index + 1
	members := make([]uint64, words)
	key := make([]byte, 8*words)
	for b := range 257 { // 256: the empty rest
		clear(members)
		n := 0
		for i := range alts {
			if wild[i] || b < 256 && starts[i].has(byte(b)) {
				members[i>>6] |= 1 << (i & 63)
				n++
			}
		}
		if n == 0 {
			continue
		}
		for w, m := range members {
			binary.LittleEndian.PutUint64(key[8*w:], m)
		}
		g, ok := index[string(key)]
		if !ok {
			if len(d.exprs) == 255 {
				d.exprs = nil // too many groups: the whole pattern
				return
			}
			d.exprs = append(d.exprs, d.groupExpr(alts, members))
			g = uint8(len(d.exprs))
			index[string(key)] = g
		}
		if b == 256 {
			d.empty = g
		} else {
			d.byByte[b] = g
		}
	}
	d.groups = make([]*regexp.Regexp, len(d.exprs))
	d.gonce = make([]sync.Once, len(d.exprs))
	d.alts, d.starts, d.wild = alts, starts, wild
}

// groupExpr is the pattern of the group of the alternatives whose bits
// members holds, in the source's order.
func (d *altDispatch) groupExpr(alts []string, members []uint64) string {
	var b strings.Builder
	b.WriteString(d.pre + `(?:`)
	sep := ""
	for i, a := range alts {
		if members[i>>6]&(1<<(i&63)) != 0 {
			b.WriteString(sep)
			b.WriteString(a)
			sep = `|`
		}
	}
	b.WriteString(`)` + d.tail)
	return b.String()
}

// letterStarts adds to set the first bytes of an alternative that opens
// with an ASCII letter that is not optional (no ?, * or { after it), as
// firstBytes reads it in (?i): the letter in either case, and for k and s
// the first byte of the Kelvin sign (E2) and of the long s (C5), which
// fold to them; it reports whether the alternative so opens. Most
// alternatives do, and parsing each in (?i) for its first bytes cost
// more than running the patterns (28M instructions for the four
// dispatches, against 12M for their matches on AEB's text).
func letterStarts(alt string, set *byteSet) bool {
	if alt == "" || len(alt) > 1 && strings.IndexByte("?*{", alt[1]) >= 0 {
		return false
	}
	c := alt[0] | 0x20
	if c < 'a' || c > 'z' {
		return false
	}
	set.add(c)
	set.add(c &^ 0x20)
	switch c {
	case 'k':
		set.add(0xE2) // U+212A KELVIN SIGN
	case 's':
		set.add(0xC5) // U+017F LATIN SMALL LETTER LONG S
	}
	return true
}

// topAlternatives splits a pattern's source at its top-level bars: those
// outside every group and bracketed class, not escaped.
func topAlternatives(src string) []string {
	var alts []string
	depth, class, from := 0, false, 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\\':
			i++ // the escaped byte (a rune's first byte: its others are no syntax)
		case class:
			class = c != ']'
		case c == '[':
			class = true
			if i+1 < len(src) && src[i+1] == '^' {
				i++
			}
			if i+1 < len(src) && src[i+1] == ']' {
				i++ // a ] first in the class is a member
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			alts = append(alts, src[from:i])
			from = i + 1
		}
	}
	return append(alts, src[from:])
}

// group returns group g's regexp (g an index + 1), compiled on first use.
func (d *altDispatch) group(g uint8) *regexp.Regexp {
	d.gonce[g-1].Do(func() { d.groups[g-1] = regexp.MustCompile(d.exprs[g-1]) })
	return d.groups[g-1]
}

// withOpens sets d's opens and returns d.
func (d *altDispatch) withOpens(opens func(c byte) []string) *altDispatch {
	d.opens = opens
	return d
}

// mayOpen reports whether an alternative of the group of t's first byte
// may open at t: t opens, in either case, with one of the words opens
// gives for the letter and with one of the literals its alternatives'
// sources open with (prefixes), where each is known, or holds "ſ" or the
// Kelvin sign (which fold to s and k). The group is tried at the last
// place MatchString reaches (its first byte is a letter, a word byte), so
// its match opens its alternative at t or nowhere.
func (d *altDispatch) mayOpen(t string) bool {
	if isDigit(t[0]) {
		return d.mayOpenDigits(t)
	}
	if !isASCIILetter(t[0]) {
		return true
	}
	c := t[0] | 0x20
	var words []string
	if d.opens != nil {
		words = d.opens(c)
	}
	prefixes := d.letterPrefixes(c)
	if words == nil && prefixes == nil || strings.Contains(t, "ſ") || strings.Contains(t, "\u212a") {
		return true
	}
	return (words == nil || opensWithOneOf(t, words)) && (prefixes == nil || hasPrefixFoldAny(t, prefixes))
}

// mayOpenDigits is mayOpen for a t that opens with an ASCII digit: past
// its run of digits, t opens, in ASCII case, with one of the literals that
// follow the `\d+` each alternative of the digits' group opens with, or
// past the white space after the digits with one that follows a `\d+\s*`
// (digitPrefixes), where they are known; or t holds "ſ" or the Kelvin sign.
// A digit is a word byte: the group is tried here or nowhere, as for a
// letter ("12 comments", and not "2024 budget", tries "\d+ comments?").
func (d *altDispatch) mayOpenDigits(t string) bool {
	d.digitsOnce.Do(func() {
		d.digits, d.digitsSpaced = digitPrefixes(d.alts, func(i int, b byte) bool { return d.wild[i] || d.starts[i].has(b) })
	})
	if d.digits == nil && d.digitsSpaced == nil || strings.Contains(t, "ſ") || strings.Contains(t, "\u212a") {
		return true
	}
	j := 0
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	if hasPrefixFoldAny(t[j:], d.digits) {
		return true
	}
	if d.digitsSpaced == nil {
		return false
	}
	for j < len(t) && isRegexpSpace(t[j]) {
		j++
	}
	return hasPrefixFoldAny(t[j:], d.digitsSpaced)
}

// letterPrefixes returns prefixes' entry for the ASCII letter c (lower
// case), read on first use.
func (d *altDispatch) letterPrefixes(c byte) []string {
	k := c - 'a'
	d.prefixOnce[k].Do(func() {
		d.prefixes[k] = letterPrefixes(d.alts, c, func(i int, b byte) bool { return d.wild[i] || d.starts[i].has(b) })
	})
	return d.prefixes[k]
}

// opensWithOneOf reports whether t opens, in ASCII case, with one of words
// (lower case; a word ending in "$" is followed by no word byte).
func opensWithOneOf(t string, words []string) bool {
	for _, w := range words {
		if whole, ok := strings.CutSuffix(w, "$"); ok {
			if hasPrefixFoldASCII(t, whole) && (len(t) == len(whole) || !isWordByte(t[len(whole)])) {
				return true
			}
		} else if hasPrefixFoldASCII(t, w) {
			return true
		}
	}
	return false
}

// hasPrefixFoldAny reports whether t opens, in ASCII case, with one of
// set (lower case).
func hasPrefixFoldAny(t string, set []string) bool {
	for _, p := range set {
		if hasPrefixFoldASCII(t, p) {
			return true
		}
	}
	return false
}

// MatchString reports whether the whole pattern matches s. A byte that is
// not UTF-8 is read as the regexp package reads it, as U+FFFD (a mark):
// the alternatives that may start with U+FFFD are those of its first byte,
// EF. At the text's end only those that may match the empty string are
// tried. The whole pattern runs only when the groups could not be built.
func (d *altDispatch) MatchString(s string) bool {
	d.once.Do(d.build)
	if d.groups == nil {
		return d.whole.get().MatchString(s)
	}
	var tried [4]uint64 // the groups run so far
	t := s
	for n := 0; ; n++ {
		if t == "" {
			// only an alternative that may match the empty string may
			// start here
			return d.empty != 0 && tried[d.empty>>6]&(1<<(d.empty&63)) == 0 && d.group(d.empty).MatchString(s)
		}
		b := t[0]
		r, size := rune(b), 1
		if b >= utf8.RuneSelf {
			if r, size = utf8.DecodeRuneInString(t); r == utf8.RuneError && size == 1 {
				b = 0xEF // not UTF-8: read as U+FFFD, whose first byte is EF
			}
		}
		// A rune past ASCII no alternative opens with leaves its group
		// untried here (a mark, which a later place may follow with one
		// that does: "“€5 at ...").
		if g := d.byByte[b]; g != 0 && tried[g>>6]&(1<<(g&63)) == 0 && (b < utf8.RuneSelf || d.runes.mayOpen(r)) {
			tried[g>>6] |= 1 << (g & 63)
			if d.mayOpen(t) && d.group(g).MatchString(s) {
				return true
			}
		}
		if n == d.lead || r < utf8.RuneSelf && isWordByte(byte(r)) {
			return false
		}
		t = t[size:]
	}
}
