package clean

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// A pattern that opens with a run of a class before what it looks for
// (`^\W*(?:published|posted|...)`, the date's label) has no first byte to
// test: the run may take any number of them. Its quick test walks the run
// instead, over the ASCII bytes the class takes, and turns the text down
// when the first byte past them cannot open the rest ("| 17:08", "-- 12
// May 2024" for the date's label). The regexp package runs a long
// alternation such as the label's on its slower machine, a few hundred
// nanoseconds a line even when it fails at once.

// leadRun is the quick test of a pattern ^C*R: the ASCII bytes C takes
// and the bytes R's matches start with.
type leadRun struct {
	run  byteSet // the ASCII bytes of the class C
	rest byteSet // the first bytes of R's matches
	// words, when set, are the words (ASCII letters, in lower case) that
	// R's matches open with when an ASCII byte other than a letter follows
	// them: a line whose first word is another ("The", "Tuesday") is
	// turned down there. Set by hand (see wordLeadRun); nil: not known.
	words map[string]bool
	// wide, when set, gives the runes beyond ASCII that R may open with
	// and that C takes (see withWide); nil: the walk stops at them.
	wide func() *wideLead
	// quads, when set, are the first four bytes of R's matches (see
	// startQuads): a place the run reaches whose first byte may open R
	// but whose four do not ("Andrew King" before `by|av|...`, "Image
	// credit" before `inicio|...`) opens no match there. nil: not known.
	quads *startQuads
}

// newLeadRun works out the quick test of tree when it is ^C*R or
// ^C{0,n}R with C a class and R a pattern that cannot match the empty
// string; nil otherwise. The walk takes C{0,n} for C*: it lets through
// more lines, never fewer (`^\W{0,2}(?:advertisement|...)`).
func newLeadRun(tree *syntax.Regexp) *leadRun {
	for tree.Op == syntax.OpCapture {
		tree = tree.Sub[0]
	}
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 3 || tree.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	star := tree.Sub[1]
	if !(star.Op == syntax.OpStar || star.Op == syntax.OpRepeat && star.Min == 0) || star.Sub[0].Op != syntax.OpCharClass {
		return nil
	}
	l := new(leadRun)
	class := star.Sub[0].Rune
	for i := 0; i+1 < len(class); i += 2 {
		for r := class[i]; r <= class[i+1] && r < 0x80; r++ {
			l.run.add(byte(r))
		}
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: tree.Sub[2:]}
	if nullable, ok := firstBytes(rest, &l.rest); !ok || nullable {
		return nil
	}
	l.quads = restQuads(rest)
	return l
}

// restQuads returns the start quads of R's matches (rest), when they can
// be told and are few enough to test (see maxQuickQuadsMore); nil
// otherwise.
func restQuads(rest *syntax.Regexp) *startQuads {
	if q := quadsOfTree(rest); q != nil && len(q.more) <= maxQuickQuadsMore {
		return q
	}
	return nil
}

// rejects reports whether no match of ^C*R can be found in t: every byte
// before the first that R may start with is an ASCII byte of C, and the
// byte that ends the run (or the text's end) cannot start R. A byte of
// 0x80 or above stops the walk (it may be a rune C takes, or an invalid
// byte, matched as U+FFFD): the regexp decides, unless the lead run
// knows R's runes beyond ASCII (wide), when the walk steps over the others.
func (l *leadRun) rejects(t string) bool {
	for i := 0; i < len(t); i++ {
		b := t[i]
		if b >= 0x80 {
			if l.wide == nil {
				return false
			}
			w := l.wide()
			r, size := utf8.DecodeRuneInString(t[i:])
			if !w.ok || inPairs(w.opens, r) && w.mayOpen(t[i:], r, size) {
				return false
			}
			if !inPairs(w.run, r) {
				return true
			}
			i += size - 1
			continue
		}
		if l.rest.has(b) {
			if l.quads == nil || l.quads.allows(t[i:]) {
				return l.words != nil && !l.opensWord(t[i:])
			}
			// R opens no match here; the run may go on past b
		}
		if !l.run.has(b) {
			return true
		}
	}
	return true
}

// opensWord reports whether t may open with one of the lead run's words:
// its run of ASCII letters is one of them, in any case, or a byte of 0x80
// or above follows the run (a word that goes on past ASCII, "Veröffentlicht",
// or a rune the case folding takes for a letter, "ſ" for "s": the regexp
// decides).
func (l *leadRun) opensWord(t string) bool {
	var buf [maxLeadWord]byte
	n := 0
	for ; n < len(t); n++ {
		c := t[n] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		if n == len(buf) {
			return false // longer than every word
		}
		buf[n] = c
	}
	if n < len(t) && t[n] >= 0x80 {
		return true
	}
	return l.words[string(buf[:n])]
}

// maxLeadWord bounds the words of a lead run (see leadRun.words).
const maxLeadWord = 24

// wordLeadRun is the leadRun of a pattern ^\W*R whose matches of R open
// with one of the given ASCII letters (in either case) or with a rune
// beyond ASCII, set by hand where parsing the expression for its quick
// test would cost more start-up than it saves (the date's label, a long
// case-folded alternation: 200 µs). A test checks it against newLeadRun.
// words, when not empty, are the words of leadRun.words, separated by
// spaces; TestDateLabelWords checks the date label's against the
// expression.
func wordLeadRun(letters, words string) *leadRun {
	l := new(leadRun)
	for b := range 0x80 {
		c := byte(b)
		if !isWordByte(c) {
			l.run.add(c)
		}
	}
	for i := range len(letters) {
		c := letters[i] | 0x20
		l.rest.add(c)
		l.rest.add(c &^ 0x20)
	}
	if words != "" {
		l.words = map[string]bool{}
		for _, w := range strings.Fields(words) {
			l.words[w] = true
		}
	}
	return l
}

// leadRunRegexp is a regexp behind a leadRun, compiled on first use. Its
// matches are short and start within the first leadRegexpScan bytes.
type leadRunRegexp struct {
	lead *leadRun
	re   func() *regexp.Regexp
	// may, when set, is a further certain test after the lead run's (see
	// mayguard.go): a text it turns down is no match.
	may func(string) bool
	// loose, when set, is re's expression with its wordEndExpr ending
	// spelled looseWordEndExpr, asked before re (see findWordEnd).
	loose func() *regexp.Regexp
}

// leadRegexpScan bounds the bytes a leadRunRegexp reads of a long string.
// Its lead \W* takes every rune beyond ASCII, so on a long line of combining
// marks, jamo or zero-width characters the regexp would walk the whole line,
// carrying its alternation along (about 500 ns a byte): a label is looked
// for within the line's head.
const leadRegexpScan = 512

// MatchString is regexp.MatchString, after the lead run's test, on the
// string's first leadRegexpScan bytes; a match that reaches their end (the
// expression's $ at the cut) is checked on the whole string.
func (l *leadRunRegexp) MatchString(s string) bool {
	if l.lead.rejects(s) || l.may != nil && !l.may(s) {
		return false
	}
	if len(s) <= leadRegexpScan {
		return l.matchEnd(s) >= 0
	}
	head := headBytes(s, leadRegexpScan)
	end := l.matchEnd(head)
	return end >= 0 && (end < len(head) || l.matchEnd(s) >= 0)
}

// matchEnd returns the end of a match of re in s, or -1 for none. Any
// match will do: one that ends before a cut is a match of the whole line.
func (l *leadRunRegexp) matchEnd(s string) int {
	if l.loose != nil {
		return findWordEnd(l.loose, l.re, s)
	}
	if loc := l.re().FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return -1
}
